// Engine samples reshaped into rows for the charts and CSV export. Values are the engine's own
// per-second metrics; the only arithmetic is on-demand = ConcurrentExecutions - provisioned busy.
import type { SecondSample } from '../../engine/reportTypes';

export type Row = { t: number } & Record<string, number>;

function windowOf(samples: readonly SecondSample[], windowSeconds: number) {
  return samples.slice(Math.max(0, samples.length - windowSeconds));
}

export function functionRows(
  samples: readonly SecondSample[],
  functionId: string,
  windowSeconds: number,
): Row[] {
  return windowOf(samples, windowSeconds).map((s) => {
    const f = s.functions[functionId];
    const concurrent = f?.ConcurrentExecutions ?? 0;
    const provisioned = f?.ProvisionedConcurrentExecutions ?? 0;
    return {
      t: s.t,
      invocations: f?.Invocations ?? 0,
      errors: f?.Errors ?? 0,
      throttles: f?.Throttles ?? 0,
      retries: f?.Retries ?? 0,
      coldStarts: f?.ColdStarts ?? 0,
      concurrent,
      provisioned: Math.min(provisioned, concurrent),
      onDemand: Math.max(0, concurrent - provisioned),
      environments: f?.Environments ?? 0,
      asyncReceived: f?.AsyncEventsReceived ?? 0,
      asyncDropped: f?.AsyncEventsDropped ?? 0,
      // Extensions, absent when the second had nothing to measure (no gap is drawn as a 0).
      ...(f?.DurationP50 !== undefined ? { durationP50: f.DurationP50 } : {}),
      ...(f?.DurationP90 !== undefined ? { durationP90: f.DurationP90 } : {}),
      ...(f?.DurationP99 !== undefined ? { durationP99: f.DurationP99 } : {}),
      ...(f?.InitDuration !== undefined ? { initDuration: f.InitDuration } : {}),
      ...(f?.AsyncQueueDepth !== undefined ? { asyncDepth: f.AsyncQueueDepth } : {}),
      ...(f?.AsyncEventAge !== undefined ? { asyncAge: f.AsyncEventAge } : {}),
      ...(f?.IteratorAge !== undefined ? { iteratorAge: f.IteratorAge } : {}),
      ...(f?.CostUSD !== undefined ? { cost: f.CostUSD } : {}),
    };
  });
}

/** Queue ids seen in the samples, in first-seen order. */
export function queueIds(samples: readonly SecondSample[]): string[] {
  const ids = new Set<string>();
  for (const s of samples) for (const id of Object.keys(s.queues)) ids.add(id);
  return [...ids];
}

/** One row per second with `q<i>Visible` / `q<i>InFlight` columns (indexes into `ids`). */
export function queueRows(
  samples: readonly SecondSample[],
  ids: readonly string[],
  windowSeconds: number,
): Row[] {
  return windowOf(samples, windowSeconds).map((s) => {
    const row: Row = { t: s.t };
    ids.forEach((id, i) => {
      row[`q${i}Visible`] = s.queues[id]?.visible ?? 0;
      row[`q${i}InFlight`] = s.queues[id]?.inFlight ?? 0;
    });
    return row;
  });
}

export function accountRows(samples: readonly SecondSample[], windowSeconds: number): Row[] {
  return windowOf(samples, windowSeconds)
    .filter((s) => s.account)
    .map((s) => ({
      t: s.t,
      concurrent: s.account?.ConcurrentExecutions ?? 0,
      claimed: s.account?.ClaimedAccountConcurrency ?? 0,
      unreserved: s.account?.UnreservedConcurrentExecutions ?? 0,
      throttles: s.account?.Throttles ?? 0,
    }));
}

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header of column names; `columns` maps row keys to header names. */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly { key: string; name: string }[],
): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key])).join(','));
  return `${lines.join('\n')}\n`;
}
