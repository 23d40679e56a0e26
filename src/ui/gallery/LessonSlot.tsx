import { lazy, Suspense } from 'react';
import { useUiStore } from '../../state/uiStore';

// The lessons (scenarios and text) are a chunk of their own, loaded when a lesson is open.
const LessonPanel = lazy(() => import('./LessonPanel').then((m) => ({ default: m.LessonPanel })));

/** Where the open lesson's panel goes; nothing (and nothing loaded) while no lesson is open. */
export function LessonSlot() {
  const lessonId = useUiStore((s) => s.lessonId);
  if (!lessonId) return null;
  return (
    <Suspense fallback={null}>
      <LessonPanel />
    </Suspense>
  );
}
