import { useUiStore } from '../../state/uiStore';
import { Dialog } from '../share/Dialog';
import { LessonList } from './LessonList';
import { markWelcomed } from './welcomeState';

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
