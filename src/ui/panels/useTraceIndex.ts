import { useAppStore } from '../../state/useAppStore';
import { useThrottledValue } from '../common/useThrottledValue';
import type { TraceEvent } from '../../engine/simulationTypes';
import { indexTraces, type TraceIndex } from './traceIndex';

// Several panels read the same index; build it once per traces array.
const cache = new WeakMap<readonly TraceEvent[], TraceIndex>();

export function traceIndexOf(traces: readonly TraceEvent[]): TraceIndex {
  let index = cache.get(traces);
  if (!index) cache.set(traces, (index = indexTraces(traces)));
  return index;
}

/** The lineage index, refreshed at most every `intervalMs` during a run. */
export function useTraceIndex(intervalMs = 500): TraceIndex {
  const traces = useThrottledValue(
    useAppStore((s) => s.observability.traces),
    intervalMs,
  );
  return traceIndexOf(traces);
}
