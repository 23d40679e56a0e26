// What the observability panels (timeline, lineage, data views) read: bounded buffers of the
// engine's journal and the latest data snapshot, as the runner reported them. Nothing computed here.
import type { DataSnapshot, EnvironmentEvent, TraceEvent } from '../engine/simulationTypes';
import type { RunUpdate } from '../sandbox/runner';
import { appendCapped } from './appendCapped';

export const ENV_EVENT_CAP = 20_000;
export const TRACE_CAP = 20_000;

export interface ObservabilityData {
  /** Newest ENV_EVENT_CAP environment lifecycle events, all functions, in time order. */
  envEvents: EnvironmentEvent[];
  /** Newest TRACE_CAP lineage steps, all requests and messages, in time order. */
  traces: TraceEvent[];
  /** The latest snapshot of buckets, tables, queues, streams and parameters. */
  data: DataSnapshot | null;
  /** Simulated time of that snapshot. */
  dataAtMs: number;
}

export function emptyObservability(): ObservabilityData {
  return { envEvents: [], traces: [], data: null, dataAtMs: 0 };
}

/** Fold one run update in; returns the same object when the update carries none of it. */
export function addObservability(
  prev: ObservabilityData,
  update: Pick<RunUpdate, 'environmentEvents' | 'traces' | 'data' | 'nowMs'>,
): ObservabilityData {
  const env = update.environmentEvents ?? [];
  const traces = update.traces ?? [];
  if (env.length === 0 && traces.length === 0 && !update.data) return prev;
  return {
    envEvents: appendCapped(prev.envEvents, env, ENV_EVENT_CAP),
    traces: appendCapped(prev.traces, traces, TRACE_CAP),
    data: update.data ?? prev.data,
    dataAtMs: update.data ? update.nowMs : prev.dataAtMs,
  };
}
