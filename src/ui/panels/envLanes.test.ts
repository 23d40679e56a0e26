import { describe, expect, it } from 'vitest';
import type { EnvironmentEvent } from '../../engine/simulationTypes';
import { buildLanes, laneRects, segmentAt } from './envLanes';

const ev = (
  tMs: number,
  envId: number,
  kind: EnvironmentEvent['kind'],
  extra: Partial<EnvironmentEvent> = {},
): EnvironmentEvent => ({
  tMs,
  functionId: 'f',
  envId,
  kind,
  provisioned: false,
  ...extra,
});

describe('buildLanes', () => {
  const events: EnvironmentEvent[] = [
    ev(0, 1, 'created'),
    ev(100, 1, 'initStart', { requestId: 'r1' }),
    ev(300, 1, 'initDone', { requestId: 'r1' }),
    ev(300, 1, 'invokeStart', { requestId: 'r1' }),
    ev(500, 1, 'invokeEnd', { requestId: 'r1', status: 'ok' }),
    ev(600, 1, 'invokeStart', { requestId: 'r2' }),
    ev(900, 1, 'invokeEnd', { requestId: 'r2', status: 'timeout' }),
    ev(900, 1, 'reset', { status: 'timeout' }),
    ev(5000, 1, 'reaped'),
    ev(50, 2, 'created', { functionId: 'g' }),
    ev(60, 3, 'initDone', { provisioned: true }),
  ];

  it('turns lifecycle events into platform, init, busy and idle segments with markers', () => {
    const [lane] = buildLanes(events, 10_000, 'f');
    expect(lane.segments.map((s) => [s.kind, s.startMs, s.endMs, s.status ?? null])).toEqual([
      ['platform', 0, 100, null],
      ['init', 100, 300, null],
      ['idle', 300, 300, null],
      ['busy', 300, 500, 'ok'],
      ['idle', 500, 600, null],
      ['busy', 600, 900, 'timeout'],
      ['idle', 900, 5000, null],
    ]);
    expect(lane.markers.map((m) => m.kind)).toEqual(['reset', 'reaped']);
    expect(lane.endedMs).toBe(5000);
    expect(lane.invocations).toBe(2);
  });

  it('keeps all functions in compact mode, marks provisioned lanes and leaves open segments open', () => {
    const lanes = buildLanes(events, 1000, null);
    expect(lanes.map((l) => l.key)).toEqual(['f#1', 'f#3', 'g#2']);
    expect(lanes[1].provisioned).toBe(true);
    const g = lanes[2];
    expect(g.segments).toEqual([{ kind: 'platform', startMs: 50, endMs: 1000, open: true }]);
  });

  it('finds the segment under a time, preferring the invocation over a zero-length idle', () => {
    const [lane] = buildLanes(events, 10_000, 'f');
    expect(segmentAt(lane, 300)?.requestId).toBe('r1');
    expect(segmentAt(lane, 700)?.status).toBe('timeout');
    expect(segmentAt(lane, 20_000)).toBeNull();
  });

  it('merges rects closer than a pixel so a long lane draws at most about its width', () => {
    const many: EnvironmentEvent[] = [];
    for (let i = 0; i < 10_000; i++) {
      many.push(
        ev(i * 10, 1, 'invokeStart', { requestId: `r${i}` }),
        ev(i * 10 + 5, 1, 'invokeEnd', { status: 'ok' }),
      );
    }
    const [lane] = buildLanes(many, 100_000, 'f');
    const rects = laneRects(lane, 0, 100_000, 500);
    expect(rects.length).toBeLessThanOrEqual(500);
    expect(rects.every((r) => r.kind === 'busy' && r.status === 'ok')).toBe(true);
  });
});
