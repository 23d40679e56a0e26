import { useUiStore } from '../../state/uiStore';
import { Dialog } from '../share/Dialog';
import { LessonList } from './LessonList';

export function GalleryDialog() {
  return (
    <Dialog
      title="Lessons"
      onClose={() => useUiStore.getState().openDialog(null)}
      testId="gallery-dialog"
      wide
    >
      <p className="muted small">
        Each lesson is a scenario to run plus a short text: what to try, what to notice, and why Lambda
        behaves that way. Opening one keeps a copy of your current work in “My scenarios”.
      </p>
      <LessonList />
    </Dialog>
  );
}
