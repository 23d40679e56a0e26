import { describe, expect, it } from 'vitest';
import { syncVsAsyncErrors } from './syncVsAsyncErrors';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: sync vs async errors', () => {
  it('sync errors go back to the caller; async errors are retried twice, 1 and 2 minutes apart', async () => {
    const r = await runLesson(syncVsAsyncErrors.scenario);
    expect(r.functions.syncApi).toMatchObject({ Invocations: 5, Errors: 5, Retries: 0 });
    expect(r.clients.caller.statusCodes).toEqual({ '200': 5 });
    expect(r.functions.asyncWorker).toMatchObject({
      Invocations: 15,
      Errors: 15,
      Retries: 10,
      AsyncEventsDropped: 5,
    });
    expect(r.clients.uploader.statusCodes).toEqual({ '202': 5 });
    const invocationsAt = (t: number) => r.series?.[t].functions.asyncWorker.Invocations;
    expect(invocationsAt(1)).toBe(5);
    expect(invocationsAt(61)).toBe(5);
    expect(invocationsAt(181)).toBe(5);

    expect(r.queues.jobs).toMatchObject({ sent: 5, received: 15, deleted: 0, movedToDeadLetter: 5 });
    expect(r.queues.jobsDlq.visible).toBe(5);
    expect(r.functions.queueWorker.Errors).toBe(r.functions.queueWorker.Invocations);
    expect(r.functions.queueWorker.Retries).toBeGreaterThan(0);
  });

  it('"try this": with 0 retry attempts each event runs once', async () => {
    const r = await runLesson(
      withFunction(syncVsAsyncErrors.scenario, 'asyncWorker', { async: { maximumRetryAttempts: 0 } }),
    );
    expect(r.functions.asyncWorker).toMatchObject({ Invocations: 5, Retries: 0, AsyncEventsDropped: 5 });
  });
});
