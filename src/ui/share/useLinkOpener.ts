import { useEffect } from 'react';
import { decodeShareLink, linkBannerText } from '../../scenario/scenarioIO';
import { useUiStore } from '../../state/uiStore';
import { useAppStoreApi } from '../../state/useAppStore';
import { openScenario, showError } from './fileActions';

/** Opens "#s1.…" share links and "#lesson=<id>" on load and whenever the fragment changes. */
export function useLinkOpener(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let live = true;
    async function open() {
      const hash = window.location.hash;
      if (!hash || hash === '#') return;
      // The fragment is handled once; a reload then shows the (autosaved) scenario, not the link again.
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
      const lessonMatch = /^#lesson=([\w-]+)$/.exec(hash);
      if (lessonMatch) {
        const { findLesson } = await import('../../scenario/lessonsIO');
        if (!live) return;
        const lesson = findLesson(lessonMatch[1]);
        if (!lesson) return showError(`There is no lesson “${lessonMatch[1]}”; your work is unchanged.`);
        openScenario(store, lesson.scenario, null, 'before a lesson');
        useUiStore.getState().setLesson(lesson.id);
        return;
      }
      const result = await decodeShareLink(hash);
      if (!live) return;
      const banner = linkBannerText(result);
      if (!result.ok) {
        // One sentence in the banner; the path-specific errors follow as details.
        const details = result.errors?.map((e) => `${e.path}: ${e.message}`);
        showError(`${result.error.split('\n')[0]} Your own work is unchanged.`, details);
        return;
      }
      openScenario(store, result.scenario, { kind: 'opened', message: banner.text }, 'before opening a link');
      useUiStore.getState().setOpenedFromLink(true);
      useUiStore.getState().setLesson(null);
    }
    void open();
    const onHash = () => void open();
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, [store]);
}
