import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { historyFor } from '../../state/attachHistory';
import { copyNodes, pasteNodes } from '../../state/canvasActions';
import type { Clip } from '../../state/pasteNodes';
import { fitSoon } from './fitSoon';
import { useAppStoreApi } from '../../state/useAppStore';

let clipboard: Clip | null = null;

/** Typing in a field or the code editor keeps its own shortcuts. */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.monaco-editor')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Ctrl/Cmd+C, V, Z, Shift+Z and Y on the canvas. */
export function useCanvasKeys(opts: { selectedNodeIds: () => string[]; onPasted: (ids: string[]) => void }) {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const optsRef = useRef(opts);
  optsRef.current = opts;

  useEffect(() => {
    const history = historyFor(store, sessionStore());
    let pastes = 0;
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isEditingText(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        history.undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        history.redo();
      } else if (key === 'c') {
        const ids = optsRef.current.selectedNodeIds();
        if (ids.length === 0) return;
        clipboard = copyNodes(store, ids);
        pastes = 0;
      } else if (key === 'v' && clipboard) {
        e.preventDefault();
        pastes += 1;
        const ids = pasteNodes(store, clipboard, { x: 40 * pastes, y: 40 * pastes });
        optsRef.current.onPasted(ids);
        fitSoon(flow);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, flow]);
}
