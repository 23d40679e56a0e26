// Environment lifecycle events (as the engine journaled them) regrouped into one lane per
// execution environment: the segments between consecutive events. No simulation facts are made up.
import type { EnvironmentEvent } from '../../engine/simulationTypes';

export type SegmentKind = 'platform' | 'init' | 'busy' | 'idle';

export interface LaneSegment {
  kind: SegmentKind;
  startMs: number;
  endMs: number;
  /** busy: ok / error / timeout / crash (invokeEnd status); init: the request that waited, if any. */
  status?: string;
  requestId?: string;
  /** Still going at the time the lanes were built. */
  open?: boolean;
}

export interface LaneMarker {
  kind: 'reset' | 'reaped' | 'recycled';
  tMs: number;
  status?: string;
}

export interface Lane {
  key: string;
  functionId: string;
  envId: number;
  provisioned: boolean;
  /** First event seen (creation, or the oldest kept event when the ring has dropped older ones). */
  startMs: number;
  endedMs: number | null;
  segments: LaneSegment[];
  markers: LaneMarker[];
  invocations: number;
}

interface Open {
  kind: SegmentKind;
  startMs: number;
  requestId?: string;
}

const laneKey = (functionId: string, envId: number) => `${functionId}#${envId}`;

/** Lanes of `functionId` (or of all functions when null), ordered by function then start. */
export function buildLanes(
  events: readonly EnvironmentEvent[],
  nowMs: number,
  functionId: string | null,
): Lane[] {
  const lanes = new Map<string, Lane>();
  const open = new Map<string, Open>();

  const close = (lane: Lane, tMs: number, status?: string) => {
    const o = open.get(lane.key);
    if (!o) return;
    open.delete(lane.key);
    const seg: LaneSegment = { kind: o.kind, startMs: o.startMs, endMs: Math.max(o.startMs, tMs) };
    if (o.requestId !== undefined) seg.requestId = o.requestId;
    if (status !== undefined) seg.status = status;
    lane.segments.push(seg);
  };
  const begin = (lane: Lane, kind: SegmentKind, tMs: number, requestId?: string) => {
    const o: Open = { kind, startMs: tMs };
    if (requestId !== undefined) o.requestId = requestId;
    open.set(lane.key, o);
  };

  for (const e of events) {
    if (functionId !== null && e.functionId !== functionId) continue;
    const key = laneKey(e.functionId, e.envId);
    let lane = lanes.get(key);
    if (!lane) {
      lane = {
        key,
        functionId: e.functionId,
        envId: e.envId,
        provisioned: false,
        startMs: e.tMs,
        endedMs: null,
        segments: [],
        markers: [],
        invocations: 0,
      };
      lanes.set(key, lane);
    }
    if (e.provisioned) lane.provisioned = true;
    switch (e.kind) {
      case 'created':
        close(lane, e.tMs);
        begin(lane, 'platform', e.tMs);
        break;
      case 'initStart':
        close(lane, e.tMs);
        begin(lane, 'init', e.tMs, e.requestId);
        break;
      case 'initDone':
        close(lane, e.tMs);
        begin(lane, 'idle', e.tMs);
        break;
      case 'invokeStart':
        close(lane, e.tMs);
        begin(lane, 'busy', e.tMs, e.requestId);
        break;
      case 'invokeEnd':
        lane.invocations++;
        if (open.get(key)?.kind === 'busy') close(lane, e.tMs, e.status ?? 'ok');
        else {
          // The start fell out of the ring: the invocation is known only from its end.
          close(lane, e.tMs);
          lane.segments.push({
            kind: 'busy',
            startMs: e.tMs,
            endMs: e.tMs,
            status: e.status ?? 'ok',
            ...(e.requestId ? { requestId: e.requestId } : {}),
          });
        }
        begin(lane, 'idle', e.tMs);
        break;
      case 'reset':
        lane.markers.push({ kind: 'reset', tMs: e.tMs, ...(e.status ? { status: e.status } : {}) });
        break;
      case 'reaped':
      case 'recycled':
        close(lane, e.tMs);
        lane.markers.push({ kind: e.kind, tMs: e.tMs });
        lane.endedMs = e.tMs;
        break;
    }
  }
  for (const lane of lanes.values()) {
    const o = open.get(lane.key);
    if (!o) continue;
    close(lane, Math.max(nowMs, o.startMs));
    lane.segments[lane.segments.length - 1].open = true;
  }
  return [...lanes.values()].sort((a, b) =>
    a.functionId === b.functionId
      ? a.startMs - b.startMs || a.envId - b.envId
      : a.functionId < b.functionId
        ? -1
        : 1,
  );
}

/** The segment under time `tMs` (segments are in time order), or null. */
export function segmentAt(lane: Lane, tMs: number): LaneSegment | null {
  let lo = 0;
  let hi = lane.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = lane.segments[mid];
    if (tMs < s.startMs) hi = mid - 1;
    else if (tMs > s.endMs) lo = mid + 1;
    else {
      // Zero-length idle between two invocations: prefer the busy neighbour.
      if (s.kind === 'idle' && s.endMs === s.startMs && lane.segments[mid + 1]) return lane.segments[mid + 1];
      return s;
    }
  }
  return null;
}

export interface Rect {
  x: number;
  w: number;
  kind: SegmentKind;
  status?: string;
}

/**
 * Non-idle segments as pixel rects in [0, widthPx] for the time window [fromMs, toMs]; neighbours
 * of the same look closer than a pixel are merged, so a lane draws at most ~widthPx rects.
 */
export function laneRects(lane: Lane, fromMs: number, toMs: number, widthPx: number): Rect[] {
  const span = Math.max(1, toMs - fromMs);
  const scale = widthPx / span;
  const out: Rect[] = [];
  for (const s of lane.segments) {
    if (s.kind === 'idle' || s.endMs < fromMs || s.startMs > toMs) continue;
    const x0 = (Math.max(s.startMs, fromMs) - fromMs) * scale;
    const x1 = (Math.min(s.endMs, toMs) - fromMs) * scale;
    const look = s.kind === 'busy' ? (s.status ?? 'ok') : undefined;
    const prev = out[out.length - 1];
    if (prev && prev.kind === s.kind && prev.status === look && x0 - (prev.x + prev.w) < 1) {
      prev.w = Math.max(prev.w, x1 - prev.x);
      continue;
    }
    const r: Rect = { x: x0, w: Math.max(1, x1 - x0), kind: s.kind };
    if (look !== undefined) r.status = look;
    out.push(r);
  }
  return out;
}
