import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenarioTypes';
import { sqsBatches } from './sqsBatches';
import { runLesson } from '../testing/runLesson';

describe('lesson: SQS batches and partial failures', () => {
  it('a thrown error returns the whole batch; batchItemFailures return only the bad messages', async () => {
    const r = await runLesson(sqsBatches.scenario);
    const whole = r.queues.wholeQueue;
    const partial = r.queues.partialQueue;
    expect(whole.sent).toBe(200);
    expect(partial.sent).toBe(200);

    expect(partial.movedToDeadLetter).toBe(20);
    expect(partial.deleted).toBe(180);
    expect(r.queues.partialDlq.visible).toBe(20);

    // Good orders failed with their batch: received again, and dead-lettered with the bad ones.
    expect(whole.received).toBeGreaterThan(whole.sent);
    expect(whole.movedToDeadLetter).toBeGreaterThan(20);
    expect(whole.deleted + whole.movedToDeadLetter).toBe(200);
    expect(r.functions.wholeBatch.Errors).toBeGreaterThan(0);
    expect(r.functions.partial.Errors).toBe(0);
  });

  it('"try this": without ReportBatchItemFailures the returned list is ignored and bad messages are deleted', async () => {
    const s: Scenario = {
      ...sqsBatches.scenario,
      edges: sqsBatches.scenario.edges.map((e) =>
        e.id === 'partial-mapping'
          ? { ...e, config: { batchSize: 10, maximumBatchingWindowInSeconds: 1 } }
          : e,
      ),
    };
    const r = await runLesson(s);
    expect(r.queues.partialQueue.movedToDeadLetter).toBe(0);
    expect(r.queues.partialQueue.deleted).toBe(200);
  });
});
