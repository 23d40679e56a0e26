import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenarioTypes';
import { kinesisPoisonRecord } from './kinesisPoisonRecord';
import { runLesson } from '../testing/runLesson';

describe('lesson: Kinesis poison record', () => {
  it('the poison record blocks its shard and iterator age grows; bisecting skips only it', async () => {
    const r = await runLesson(kinesisPoisonRecord.scenario);
    expect(r.streams.stuckStream.records).toBe(60);
    expect(r.streams.stuckStream.processed).toBeLessThan(10);
    expect(r.functions.stuck.IteratorAge.max).toBeGreaterThan(60_000);

    expect(r.streams.bisectedStream.records).toBe(60);
    expect(r.streams.bisectedStream.processed).toBe(60);
    expect(r.destinations.skipped.received).toBe(1);
    expect(r.queues.skipped.sent).toBe(1);
    expect(r.functions.bisected.IteratorAge.max).toBeLessThan(15_000);
  });

  it('"try this": maximumRetryAttempts 2 unblocks the shard', async () => {
    const s: Scenario = {
      ...kinesisPoisonRecord.scenario,
      edges: kinesisPoisonRecord.scenario.edges.map((e) =>
        e.id === 'stuck-mapping' ? { ...e, config: { ...e.config, maximumRetryAttempts: 2 } } : e,
      ),
    };
    const r = await runLesson(s);
    expect(r.streams.stuckStream.processed).toBe(60);
  });
});
