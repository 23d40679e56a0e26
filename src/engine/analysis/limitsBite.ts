import type { Report, SecondSample } from '../reportTypes';

export interface LimitBite {
  /** First simulated second with a throttle, per function. */
  firstThrottleSecond: Record<string, number | null>;
  /** First second a queue's backlog (visible messages) kept growing for 10 s in a row. */
  queueGrowthSecond: Record<string, number | null>;
  /** Largest iterator age per function (ms), from the report. */
  iteratorAgeMaxMs: Record<string, number>;
}

/** Where limits start to bite in a run: throttles, queues that fall behind, stream lag. */
export function limitsBite(report: Report, series: SecondSample[]): LimitBite {
  const firstThrottleSecond: Record<string, number | null> = {};
  for (const id of Object.keys(report.functions)) {
    firstThrottleSecond[id] = series.find((s) => (s.functions[id]?.Throttles ?? 0) > 0)?.t ?? null;
  }
  const queueGrowthSecond: Record<string, number | null> = {};
  for (const id of Object.keys(report.queues)) {
    let run = 0;
    let found: number | null = null;
    for (let i = 1; i < series.length && found === null; i++) {
      const grew = (series[i].queues[id]?.visible ?? 0) > (series[i - 1].queues[id]?.visible ?? 0);
      run = grew ? run + 1 : 0;
      if (run >= 10) found = series[i - 9].t;
    }
    queueGrowthSecond[id] = found;
  }
  const iteratorAgeMaxMs: Record<string, number> = {};
  for (const [id, f] of Object.entries(report.functions)) iteratorAgeMaxMs[id] = f.IteratorAge.max;
  return { firstThrottleSecond, queueGrowthSecond, iteratorAgeMaxMs };
}
