import { describe, expect, it } from 'vitest';
import { addObservability, emptyObservability, ENV_EVENT_CAP } from './observability';

describe('addObservability', () => {
  it('keeps the same object for an update without journal data', () => {
    const prev = emptyObservability();
    expect(addObservability(prev, { nowMs: 1000 })).toBe(prev);
  });
  it('appends events, caps the ring and keeps the latest snapshot with its time', () => {
    const ev = (i: number) => ({
      tMs: i,
      functionId: 'f',
      envId: 1,
      kind: 'created' as const,
      provisioned: false,
    });
    let o = addObservability(emptyObservability(), {
      nowMs: 500,
      environmentEvents: Array.from({ length: ENV_EVENT_CAP }, (_, i) => ev(i)),
      data: { buckets: {}, tables: {}, queues: {}, streams: {}, parameters: {} },
    });
    o = addObservability(o, {
      nowMs: 900,
      environmentEvents: [ev(ENV_EVENT_CAP)],
      traces: [{ tMs: 1, traceId: 'a', step: 'received' }],
    });
    expect(o.envEvents).toHaveLength(ENV_EVENT_CAP);
    expect(o.envEvents[0].tMs).toBe(1);
    expect(o.traces).toHaveLength(1);
    expect(o.data).not.toBeNull();
    expect(o.dataAtMs).toBe(500);
  });
});
