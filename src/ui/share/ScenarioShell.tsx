import { lazy, Suspense, useEffect } from 'react';
import { useUiStore } from '../../state/uiStore';
import { shouldWelcome } from '../gallery/welcomeState';
import { AppBanner } from './AppBanner';
import { SavedDialog } from './SavedDialog';
import './share.css';
import { ShareDialog } from './ShareDialog';
import { NetworkConsentDialog } from './NetworkConsentDialog';
import { useLinkOpener } from './useLinkOpener';

// Both list the lessons (their scenarios and text): a chunk loaded when one of them opens.
const GalleryDialog = lazy(() => import('../gallery/GalleryDialog').then((m) => ({ default: m.GalleryDialog })));
const WelcomeDialog = lazy(() => import('../gallery/WelcomeDialog').then((m) => ({ default: m.WelcomeDialog })));

/** Links in, banners, and the scenario dialogs (share, saved, lessons, welcome). */
export function ScenarioShell() {
  useLinkOpener();
  const dialog = useUiStore((s) => s.dialog);
  useEffect(() => {
    if (shouldWelcome()) useUiStore.getState().openDialog('welcome');
  }, []);
  return (
    <>
      <AppBanner />
      {dialog === 'share' && <ShareDialog />}
      {dialog === 'saved' && <SavedDialog />}
      <Suspense fallback={null}>
        {dialog === 'gallery' && <GalleryDialog />}
        {dialog === 'welcome' && <WelcomeDialog />}
      </Suspense>
      <NetworkConsentDialog />
    </>
  );
}
