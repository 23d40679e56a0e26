import type { SecondSample } from '../../engine/reportTypes';

export type SecondMetric = 'ConcurrentExecutions' | 'Invocations' | 'Throttles';

export type OverlayPoint = { t: number } & Record<string, number>;

/** One row per simulated second with `v0`, `v1`, ... = the metric of each variant that second. */
export function overlayPoints(seriesByVariant: SecondSample[][], functionId: string, metric: SecondMetric): OverlayPoint[] {
  const byT = new Map<number, OverlayPoint>();
  seriesByVariant.forEach((series, i) => {
    for (const s of series) {
      let row = byT.get(s.t);
      if (!row) {
        row = { t: s.t } as OverlayPoint;
        byT.set(s.t, row);
      }
      row[`v${i}`] = s.functions[functionId]?.[metric] ?? 0;
    }
  });
  return [...byT.values()].sort((a, b) => a.t - b.t);
}

export function maxOf(points: OverlayPoint[], keys: string[]): number {
  let max = 0;
  for (const p of points) for (const k of keys) max = Math.max(max, p[k] ?? 0);
  return max;
}
