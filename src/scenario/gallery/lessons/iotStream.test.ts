import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenarioTypes';
import { iotStream } from './iotStream';
import { runLesson } from '../testing/runLesson';

describe('lesson: IoT stream', () => {
  it('batches thousands of readings into a few dozen invocations, all processed', async () => {
    const r = await runLesson(iotStream.scenario);
    const stream = r.streams.telemetry;
    expect(stream.records).toBeGreaterThan(2000);
    expect(stream.processed).toBe(stream.records);
    const fn = r.functions.aggregator;
    expect(fn.Errors).toBe(0);
    expect(fn.Invocations).toBeLessThan(stream.records / 20);
    expect(fn.ConcurrentExecutions.max).toBeLessThanOrEqual(2);
    expect(fn.IteratorAge.max).toBeLessThan(3000);
  });

  it('"try this": batchSize 1 means one invocation per reading', async () => {
    const s: Scenario = {
      ...iotStream.scenario,
      durationSeconds: 20,
      nodes: iotStream.scenario.nodes.map((n) =>
        n.kind === 'client' ? { ...n, traffic: { pattern: 'poisson', ratePerSecond: 5, stopSecond: 10 } } : n,
      ),
      edges: iotStream.scenario.edges.map((e) =>
        e.kind === 'eventSourceMapping'
          ? { ...e, config: { batchSize: 1, startingPosition: 'TRIM_HORIZON' } }
          : e,
      ),
    };
    const r = await runLesson(s);
    expect(r.functions.aggregator.Invocations).toBe(r.streams.telemetry.records);
  });
});
