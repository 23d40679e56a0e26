import { useUiStore } from '../../state/uiStore';
import { Dialog } from '../share/Dialog';
import { localStore } from '../share/storage';
import { LessonList } from './LessonList';

export const WELCOMED_KEY = 'lambda-playground:welcomed';

/** First visit: should the welcome screen show? (Automated browsers skip it unless the URL asks with ?welcome.) */
export function shouldWelcome(): boolean {
  if (window.location.hash) return false;
  if (navigator.webdriver && !new URLSearchParams(window.location.search).has('welcome')) return false;
  try {
    return !localStore()?.getItem(WELCOMED_KEY);
  } catch {
    return false;
  }
}

export function markWelcomed(): void {
  try {
    localStore()?.setItem(WELCOMED_KEY, '1');
  } catch {
    // storage blocked: the welcome shows again next time, which is harmless
  }
}

export function WelcomeDialog() {
  const close = () => {
    markWelcomed();
    useUiStore.getState().openDialog(null);
  };
  return (
    <Dialog title="Welcome to Lambda Playground" onClose={close} testId="welcome-dialog" wide>
      <p>
        Learn AWS Lambda by doing it: write real handler code, wire event sources on the canvas, press{' '}
        <b>Run</b>, and watch cold starts, concurrency, throttles and retries happen in simulated time.
        Everything runs in your browser.
      </p>
      <p className="muted small">
        Start with a lesson (in course order), or explore the example already on the canvas.
      </p>
      <div onClickCapture={markWelcomed}>
        <LessonList />
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" data-testid="welcome-explore" onClick={close}>
          Explore the example
        </button>
      </div>
    </Dialog>
  );
}
