import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';

describe('app store: observability data from run updates', () => {
  it('collects environment events, lineage steps and the latest data snapshot; reset clears them', () => {
    const runner = createFakeRunner();
    const store = createAppStore({
      createRunner: () => runner,
      parseScenario,
      initialScenario: helloColdStarts,
    });
    store.getState().start();
    const data = {
      buckets: {},
      tables: {},
      queues: { q: { visible: 1, inFlight: 0, messages: [] } },
      streams: {},
      parameters: {},
    };
    runner.emit({
      nowMs: 1000,
      environmentEvents: [{ tMs: 5, functionId: 'hello', envId: 1, kind: 'created', provisioned: false }],
      traces: [{ tMs: 5, traceId: 'r1', step: 'received', functionId: 'hello' }],
      data,
    });
    const before = store.getState().observability;
    runner.emit({ nowMs: 1100 });
    // An update without journal data leaves the same object, so panels do not redraw.
    expect(store.getState().observability).toBe(before);
    runner.emit({ nowMs: 1200, traces: [{ tMs: 1150, traceId: 'r1', step: 'succeeded' }] });
    const o = store.getState().observability;
    expect(o.envEvents).toHaveLength(1);
    expect(o.traces.map((t) => t.step)).toEqual(['received', 'succeeded']);
    expect(o.data).toBe(data);
    expect(o.dataAtMs).toBe(1000);
    store.getState().reset();
    expect(store.getState().observability).toEqual({ envEvents: [], traces: [], data: null, dataAtMs: 0 });
  });
});
