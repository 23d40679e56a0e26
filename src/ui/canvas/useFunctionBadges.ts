// The numbers on a function node: live while following the run, the scrubbed moment otherwise.
// Each is selected as a number, so a node re-renders only when one of its own numbers changes.
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory } from '../../state/useRunHistory';

export interface FunctionBadges {
  /** Showing a past second (the scrubber is not live). */
  past: boolean;
  busy: number;
  idle: number;
  /** Unknown for a past second (the per-second samples do not carry it). */
  initializing: number | null;
  coldStarts: number;
  throttles: number;
  errors: number;
  dropped: number;
}

export function useFunctionBadges(id: string): FunctionBadges {
  const live = useRunHistory((s) => s.live);
  const m = useRunHistory((s) => (s.live ? undefined : s.moment?.functions[id]));
  const busy = useAppStore((s) => s.live?.functions[id]?.busy ?? 0);
  const idle = useAppStore((s) => s.live?.functions[id]?.idle ?? 0);
  const initializing = useAppStore((s) => s.live?.functions[id]?.initializing ?? 0);
  const throttles = useAppStore((s) => s.totals[id]?.Throttles ?? 0);
  const coldStarts = useAppStore((s) => s.totals[id]?.ColdStarts ?? 0);
  const errors = useAppStore((s) => s.totals[id]?.Errors ?? 0);
  // The app's totals do not count dropped async events; the run history sums every counter.
  const dropped = useRunHistory((s) => s.history.totals[id]?.AsyncEventsDropped ?? 0);
  if (live) return { past: false, busy, idle, initializing, coldStarts, throttles, errors, dropped };
  return {
    past: true,
    busy: m?.busy ?? 0,
    // Environments and busy are both the second's maximum: idle is an estimate, never negative.
    idle: Math.max(0, (m?.environments ?? 0) - (m?.busy ?? 0)),
    initializing: null,
    coldStarts: m?.sums.ColdStarts ?? 0,
    throttles: m?.sums.Throttles ?? 0,
    errors: m?.sums.Errors ?? 0,
    dropped: m?.sums.AsyncEventsDropped ?? 0,
  };
}
