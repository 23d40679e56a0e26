import { useEffect } from 'react';
import { useUiStore } from '../../state/uiStore';
import { GalleryDialog } from '../gallery/GalleryDialog';
import { shouldWelcome, WelcomeDialog } from '../gallery/WelcomeDialog';
import { AppBanner } from './AppBanner';
import { SavedDialog } from './SavedDialog';
import './share.css';
import { ShareDialog } from './ShareDialog';
import { NetworkConsentDialog } from './NetworkConsentDialog';
import { useLinkOpener } from './useLinkOpener';

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
      {dialog === 'gallery' && <GalleryDialog />}
      {dialog === 'welcome' && <WelcomeDialog />}
      <NetworkConsentDialog />
    </>
  );
}
