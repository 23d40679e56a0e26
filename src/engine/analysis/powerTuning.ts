import type { FunctionReport } from '../reportTypes';

// AWS Lambda Power Tuning's question, answered from simulated runs: per memory size, the
// duration and the cost of one invocation; the cheapest, the fastest, and a balanced pick.

export const DEFAULT_MEMORY_SIZES_MB = [128, 256, 512, 1024, 1536, 1769, 3008, 10240];

export interface TuningPoint {
  memoryMB: number;
  p50Ms: number;
  p90Ms: number;
  /** Total cost of the run divided by its invocations (requests + compute + provisioned). */
  costPerInvocationUSD: number;
  invocations: number;
  errors: number;
}

export interface TuningResult {
  points: TuningPoint[];
  cheapest: number;
  fastest: number;
  /** Minimises weight × normalised cost + (1 - weight) × normalised p50 duration. */
  balanced: number;
}

export function tuningPoint(memoryMB: number, f: FunctionReport): TuningPoint {
  return {
    memoryMB,
    p50Ms: f.Duration.p50,
    p90Ms: f.Duration.p90,
    costPerInvocationUSD: f.Invocations ? f.CostUSD.total / f.Invocations : 0,
    invocations: f.Invocations,
    errors: f.Errors,
  };
}

/** costWeight in [0, 1]: 1 = only cost matters, 0 = only speed. Points with no invocations are ignored. */
export function analyseTuning(points: TuningPoint[], costWeight = 0.5): TuningResult {
  const usable = points.filter((p) => p.invocations > 0);
  if (usable.length === 0) throw new Error('no memory size completed any invocation');
  const minCost = Math.min(...usable.map((p) => p.costPerInvocationUSD));
  const minTime = Math.min(...usable.map((p) => p.p50Ms));
  const maxCost = Math.max(...usable.map((p) => p.costPerInvocationUSD));
  const maxTime = Math.max(...usable.map((p) => p.p50Ms));
  const norm = (v: number, lo: number, hi: number) => (hi > lo ? (v - lo) / (hi - lo) : 0);
  const score = (p: TuningPoint) =>
    costWeight * norm(p.costPerInvocationUSD, minCost, maxCost) + (1 - costWeight) * norm(p.p50Ms, minTime, maxTime);
  // Ties go to the smaller memory size (cheaper to reserve, same result).
  const pick = (key: (p: TuningPoint) => number) =>
    usable.reduce((best, p) => (key(p) < key(best) - 1e-12 ? p : best)).memoryMB;
  return {
    points,
    cheapest: pick((p) => p.costPerInvocationUSD),
    fastest: pick((p) => p.p50Ms),
    balanced: pick(score),
  };
}
