import type { Report, SecondSample } from '../engine/reportTypes';

/** Running sums of the engine's per-second counters, kept separately so the capped series can drop old seconds. */
export interface FunctionTotals {
  Invocations: number;
  Errors: number;
  Throttles: number;
  ColdStarts: number;
  /** Highest per-second ConcurrentExecutions the engine reported. */
  maxConcurrentExecutions: number;
}

export const EMPTY_TOTALS: FunctionTotals = {
  Invocations: 0,
  Errors: 0,
  Throttles: 0,
  ColdStarts: 0,
  maxConcurrentExecutions: 0,
};

export function addSamplesToTotals(
  totals: Record<string, FunctionTotals>,
  samples: readonly SecondSample[],
): Record<string, FunctionTotals> {
  if (samples.length === 0) return totals;
  const next: Record<string, FunctionTotals> = { ...totals };
  for (const sample of samples) {
    for (const [id, f] of Object.entries(sample.functions)) {
      const t = next[id] ?? EMPTY_TOTALS;
      next[id] = {
        Invocations: t.Invocations + f.Invocations,
        Errors: t.Errors + f.Errors,
        Throttles: t.Throttles + f.Throttles,
        ColdStarts: t.ColdStarts + f.ColdStarts,
        maxConcurrentExecutions: Math.max(t.maxConcurrentExecutions, f.ConcurrentExecutions),
      };
    }
  }
  return next;
}

/** The engine's final word at the end of a run: it also counts the last, partial second. */
export function totalsFromReport(report: Report): Record<string, FunctionTotals> {
  const totals: Record<string, FunctionTotals> = {};
  for (const [id, f] of Object.entries(report.functions)) {
    totals[id] = {
      Invocations: f.Invocations,
      Errors: f.Errors,
      Throttles: f.Throttles,
      ColdStarts: f.ColdStarts,
      maxConcurrentExecutions: f.ConcurrentExecutions.max,
    };
  }
  return totals;
}
