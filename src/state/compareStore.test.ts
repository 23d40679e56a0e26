import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { createCompareStore } from './compareStore';
import { buildVariants } from './compareVariants';
import { createFakeRunner, type FakeRunner } from './fakeRunner';
import type { Report } from '../engine/reportTypes';

function variants(n: number) {
  const r = buildVariants(
    helloColdStarts,
    [{ kind: 'function', functionId: 'hello', setting: 'memoryMB' }],
    Array.from({ length: n }, (_, i) => ({ label: String(i), values: [String(128 * (i + 1))] })),
    parseScenario,
  );
  if (!r.ok) throw new Error('bad variants');
  return r.variants;
}

describe('compare store', () => {
  it('runs at most maxParallel variants with the same seed and duration, then the rest', () => {
    const fakes: FakeRunner[] = [];
    const store = createCompareStore(() => {
      const f = createFakeRunner();
      fakes.push(f);
      return f;
    });
    store.getState().start('tuning', variants(3), { seed: 7, durationSeconds: 10, maxParallel: 2 });
    expect(fakes).toHaveLength(2);
    expect(fakes[0].started?.options).toEqual({ speed: Infinity, seed: 7, durationSeconds: 10 });
    fakes[0].emit({ status: 'running', nowMs: 5000, endMs: 10_000, samples: [{ t: 0, functions: {}, queues: {} }] });
    let batch = store.getState().batches.tuning!;
    expect(batch.runs.map((r) => r.status)).toEqual(['running', 'starting', 'queued']);
    expect(batch.runs[0].nowMs).toBe(5000);
    fakes[0].emit({ status: 'done', nowMs: 10_000, endMs: 10_000, report: { seed: 7 } as Report });
    expect(fakes[0].calls).toContain('dispose');
    expect(fakes).toHaveLength(3); // the queued one started
    batch = store.getState().batches.tuning!;
    expect(batch.runs[0].samples).toHaveLength(1);
    expect(batch.runs[0].report).toEqual({ seed: 7 });
    fakes[1].emit({ status: 'done', nowMs: 10_000, endMs: 10_000 });
    fakes[2].emit({ status: 'error', error: 'boom' });
    batch = store.getState().batches.tuning!;
    expect(batch.status).toBe('done');
    expect(batch.runs[2].error).toBe('boom');
  });

  it('cancel disposes running runners, marks the rest cancelled and ignores late updates', () => {
    const fakes: FakeRunner[] = [];
    const store = createCompareStore(() => {
      const f = createFakeRunner();
      fakes.push(f);
      return f;
    });
    store.getState().start('compare', variants(3), { seed: 1, durationSeconds: 10, maxParallel: 2 });
    store.getState().cancel('compare');
    expect(fakes.every((f) => f.calls.includes('dispose'))).toBe(true);
    fakes[0].emit({ status: 'done', nowMs: 10_000 });
    const batch = store.getState().batches.compare!;
    expect(batch.status).toBe('cancelled');
    expect(batch.runs.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(fakes).toHaveLength(2);
  });
});
