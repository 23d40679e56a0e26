import type { Lesson } from './lessonTypes';
import { coldWarmStarts } from './lessons/coldWarmStarts';
import { warmStartReuse } from './lessons/warmStartReuse';
import { tmpCache } from './lessons/tmpCache';
import { backgroundWorkFreeze } from './lessons/backgroundWorkFreeze';
import { environmentVariables } from './lessons/environmentVariables';
import { layers } from './lessons/layers';
import { memoryCpuCost } from './lessons/memoryCpuCost';
import { reservedConcurrency } from './lessons/reservedConcurrency';
import { provisionedConcurrency } from './lessons/provisionedConcurrency';
import { accountConcurrencyLimit } from './lessons/accountConcurrencyLimit';
import { scalingRate } from './lessons/scalingRate';
import { syncVsAsyncErrors } from './lessons/syncVsAsyncErrors';
import { asyncDestinations } from './lessons/asyncDestinations';
import { vpcNetworking } from './lessons/vpcNetworking';
import { sqsBatches } from './lessons/sqsBatches';
import { kinesisPoisonRecord } from './lessons/kinesisPoisonRecord';
import { recursiveLoop } from './lessons/recursiveLoop';
import { functionUrls } from './lessons/functionUrls';
import { parameterStore } from './lessons/parameterStore';
import { fileProcessing } from './lessons/fileProcessing';
import { webBackend } from './lessons/webBackend';
import { iotStream } from './lessons/iotStream';

export type { Lesson, LessonText } from './lessonTypes';

/**
 * The gallery, in the order a course would teach it: one environment's life first, then the
 * function's configuration, then concurrency from one function up to the account, then what
 * happens to failed invocations (async, queues, streams, loops), then access and networking,
 * and last the three classic use cases that put it all together.
 */
export const lessons: readonly Lesson[] = (
  [
    coldWarmStarts,
    warmStartReuse,
    tmpCache,
    backgroundWorkFreeze,
    environmentVariables,
    parameterStore,
    layers,
    memoryCpuCost,
    reservedConcurrency,
    provisionedConcurrency,
    accountConcurrencyLimit,
    scalingRate,
    syncVsAsyncErrors,
    asyncDestinations,
    sqsBatches,
    kinesisPoisonRecord,
    recursiveLoop,
    functionUrls,
    vpcNetworking,
    webBackend,
    fileProcessing,
    iotStream,
  ] as Lesson[]
).map(withDescription);

// A lesson opened from a share link has only its scenario: its description carries "try this",
// which the canvas shows as the scenario note.
function withDescription(lesson: Lesson): Lesson {
  if (lesson.scenario.description) return lesson;
  return { ...lesson, scenario: { ...lesson.scenario, description: lesson.text.tryThis } };
}

export function findLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}
