import type { SecondSample } from '../../engine/reportTypes';

export interface ChartPoint {
  t: number;
  concurrency: number;
  environments: number;
  invocations: number;
  throttles: number;
  coldStarts: number;
  errors: number;
}

/** The function's last `windowSeconds` of engine samples, reshaped for Recharts (no new facts computed). */
export function toChartPoints(
  samples: readonly SecondSample[],
  functionId: string,
  windowSeconds: number,
): ChartPoint[] {
  const points: ChartPoint[] = [];
  const from = Math.max(0, samples.length - windowSeconds);
  for (let i = from; i < samples.length; i++) {
    const f = samples[i].functions[functionId];
    points.push({
      t: samples[i].t,
      concurrency: f?.ConcurrentExecutions ?? 0,
      environments: f?.Environments ?? 0,
      invocations: f?.Invocations ?? 0,
      throttles: f?.Throttles ?? 0,
      coldStarts: f?.ColdStarts ?? 0,
      errors: f?.Errors ?? 0,
    });
  }
  return points;
}
