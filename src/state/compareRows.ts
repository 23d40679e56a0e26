// The Compare diff table: every report figure of one function (plus the account and the queues),
// one column per variant, flagged where a variant differs from the first (the baseline).
import type { FunctionReport, Report } from '../engine/reportTypes';

export type RowFormat = 'count' | 'ms' | 'usd' | 'gbs';

export interface DiffRow {
  /** Stable id, e.g. "fn.Duration.p99". */
  id: string;
  group: string;
  label: string;
  format: RowFormat;
  /** null where the variant has no report (failed or cancelled) or no such function/queue. */
  values: (number | null)[];
  /** Some variant differs from the first by more than rounding. */
  differs: boolean;
  /** Which direction is better, to colour changes; null = neither. */
  better: 'lower' | 'higher' | null;
}

type Pick = (f: FunctionReport) => number;

const FUNCTION_FIGURES: [string, string, RowFormat, 'lower' | 'higher' | null, Pick][] = [
  ['Invocations', 'Invocations', 'count', null, (f) => f.Invocations],
  ['Errors', 'Errors', 'count', 'lower', (f) => f.Errors],
  ['Throttles', 'Throttles', 'count', 'lower', (f) => f.Throttles],
  ['Retries', 'Retries', 'count', 'lower', (f) => f.Retries],
  ['ColdStarts', 'ColdStarts', 'count', 'lower', (f) => f.ColdStarts],
  ['Duration.avg', 'Duration avg', 'ms', 'lower', (f) => f.Duration.avg],
  ['Duration.p50', 'Duration p50', 'ms', 'lower', (f) => f.Duration.p50],
  ['Duration.p90', 'Duration p90', 'ms', 'lower', (f) => f.Duration.p90],
  ['Duration.p99', 'Duration p99', 'ms', 'lower', (f) => f.Duration.p99],
  ['Duration.max', 'Duration max', 'ms', 'lower', (f) => f.Duration.max],
  ['InitDuration.avg', 'InitDuration avg', 'ms', 'lower', (f) => f.InitDuration.avg],
  ['InitDuration.max', 'InitDuration max', 'ms', 'lower', (f) => f.InitDuration.max],
  ['ConcurrentExecutions.max', 'ConcurrentExecutions max', 'count', null, (f) => f.ConcurrentExecutions.max],
  ['ConcurrentExecutions.avg', 'ConcurrentExecutions avg', 'count', null, (f) => f.ConcurrentExecutions.avg],
  ['Environments.max', 'Environments max', 'count', null, (f) => f.Environments.max],
  ['ProvisionedConcurrencyInvocations', 'ProvisionedConcurrencyInvocations', 'count', null, (f) => f.ProvisionedConcurrencyInvocations],
  ['ProvisionedConcurrencySpilloverInvocations', 'ProvisionedConcurrencySpilloverInvocations', 'count', null, (f) => f.ProvisionedConcurrencySpilloverInvocations],
  ['AsyncEventsReceived', 'AsyncEventsReceived', 'count', null, (f) => f.AsyncEventsReceived],
  ['AsyncEventsDropped', 'AsyncEventsDropped', 'count', 'lower', (f) => f.AsyncEventsDropped],
  ['AsyncEventAge.max', 'AsyncEventAge max', 'ms', 'lower', (f) => f.AsyncEventAge.max],
  ['DeadLetterErrors', 'DeadLetterErrors', 'count', 'lower', (f) => f.DeadLetterErrors],
  ['DestinationDeliveryFailures', 'DestinationDeliveryFailures', 'count', 'lower', (f) => f.DestinationDeliveryFailures],
  ['IteratorAge.max', 'IteratorAge max', 'ms', 'lower', (f) => f.IteratorAge.max],
  ['RecursiveInvocationsDropped', 'RecursiveInvocationsDropped', 'count', null, (f) => f.RecursiveInvocationsDropped],
  ['BilledDurationMs', 'BilledDuration total', 'ms', 'lower', (f) => f.BilledDurationMs],
  ['GBSeconds', 'GB-seconds', 'gbs', 'lower', (f) => f.GBSeconds],
  ['CostUSD.requests', 'Cost: requests', 'usd', 'lower', (f) => f.CostUSD.requests],
  ['CostUSD.compute', 'Cost: compute', 'usd', 'lower', (f) => f.CostUSD.compute],
  ['CostUSD.provisioned', 'Cost: provisioned', 'usd', 'lower', (f) => f.CostUSD.provisioned],
  ['CostUSD.total', 'Cost total', 'usd', 'lower', (f) => f.CostUSD.total],
];

function differs(values: (number | null)[]): boolean {
  const base = values[0];
  return values.some((v) => {
    if (v === null || base === null) return v !== base;
    const scale = Math.max(Math.abs(v), Math.abs(base), 1e-12);
    return Math.abs(v - base) / scale > 1e-9;
  });
}

function row(id: string, group: string, label: string, format: RowFormat, better: DiffRow['better'], values: (number | null)[]): DiffRow {
  return { id, group, label, format, better, values, differs: differs(values) };
}

/** Rows for `functionId`, then account-wide figures, then each queue (if any). */
export function diffRows(reports: (Report | null)[], functionId: string): DiffRow[] {
  const rows: DiffRow[] = FUNCTION_FIGURES.map(([key, label, format, better, pick]) => {
    const values = reports.map((r) => {
      const f = r?.functions[functionId];
      return f ? pick(f) : null;
    });
    return row(`fn.${key}`, 'Function', label, format, better, values);
  });
  rows.push(row('account.ConcurrentExecutions.max', 'Account', 'Account ConcurrentExecutions max', 'count', null, reports.map((r) => r?.account.ConcurrentExecutions.max ?? null)));
  rows.push(row('account.Throttles', 'Account', 'Account Throttles', 'count', 'lower', reports.map((r) => r?.account.Throttles ?? null)));
  const costAll = reports.map((r) => (r ? Object.values(r.functions).reduce((sum, f) => sum + f.CostUSD.total, 0) : null));
  rows.push(row('account.CostUSD.total', 'Account', 'Cost total, all functions', 'usd', 'lower', costAll));
  const queueIds = [...new Set(reports.flatMap((r) => (r ? Object.keys(r.queues) : [])))];
  for (const q of queueIds) {
    const pick = (k: 'sent' | 'received' | 'deleted' | 'visible' | 'movedToDeadLetter') => reports.map((r) => r?.queues[q]?.[k] ?? null);
    rows.push(row(`queue.${q}.sent`, `Queue ${q}`, `${q} sent`, 'count', null, pick('sent')));
    rows.push(row(`queue.${q}.deleted`, `Queue ${q}`, `${q} deleted`, 'count', null, pick('deleted')));
    rows.push(row(`queue.${q}.visible`, `Queue ${q}`, `${q} left visible`, 'count', 'lower', pick('visible')));
    rows.push(row(`queue.${q}.movedToDeadLetter`, `Queue ${q}`, `${q} moved to DLQ`, 'count', 'lower', pick('movedToDeadLetter')));
  }
  return rows;
}

export function formatFigure(value: number | null, format: RowFormat): string {
  if (value === null) return '—';
  switch (format) {
    case 'count':
      return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
    case 'ms':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 1 })} ms`;
    case 'gbs':
      return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
    case 'usd':
      return formatUSD(value);
  }
}

/** Small dollar amounts keep significant digits ($0.0000021), larger ones cents. */
export function formatUSD(value: number): string {
  if (value === 0) return '$0';
  if (Math.abs(value) >= 1) return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return `$${value.toLocaleString('en-US', { maximumSignificantDigits: 3 })}`;
}
