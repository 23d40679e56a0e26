import type { Lesson } from './lessonTypes';
import { coldWarmStarts } from './lessons/coldWarmStarts';
import { warmStartReuse } from './lessons/warmStartReuse';
import { backgroundWorkFreeze } from './lessons/backgroundWorkFreeze';
import { environmentVariables } from './lessons/environmentVariables';
import { reservedConcurrency } from './lessons/reservedConcurrency';
import { provisionedConcurrency } from './lessons/provisionedConcurrency';

export type { Lesson, LessonText } from './lessonTypes';

/** The gallery, in the order a course would teach it: each lesson builds on the ones before. */
export const lessons: readonly Lesson[] = [
  coldWarmStarts,
  warmStartReuse,
  backgroundWorkFreeze,
  environmentVariables,
  reservedConcurrency,
  provisionedConcurrency,
];

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
