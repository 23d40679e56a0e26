import { findLesson } from '../../scenario/lessonsIO';
import type { AppStore } from '../../state/appStore';
import { useUiStore } from '../../state/uiStore';
import { openScenario } from '../share/fileActions';

export function openLesson(store: AppStore, id: string): void {
  const lesson = findLesson(id);
  if (!lesson) return;
  openScenario(store, lesson.scenario, null, 'before a lesson');
  useUiStore.getState().setLesson(lesson.id);
  useUiStore.getState().openDialog(null);
}
