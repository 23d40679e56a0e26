import type { FunctionSecond, SecondSample } from '../../engine/reportTypes';

// Per-second series as CSV for spreadsheets: one row per simulated second. Columns are
// "<functionId>.<metric>" (or the bare metric when one function is asked for), queue and account
// columns after them. Optional extension metrics get a column only when some second has them,
// and a second without a value leaves its cell empty rather than inventing a 0.

const FUNCTION_METRICS: (keyof FunctionSecond)[] = [
  'Invocations',
  'Errors',
  'Throttles',
  'Retries',
  'ColdStarts',
  'ConcurrentExecutions',
  'Environments',
  'AsyncEventsReceived',
  'AsyncEventsDropped',
  'ProvisionedConcurrentExecutions',
  'ProvisionedConcurrencyUtilization',
  'ProvisionedConcurrencyInvocations',
  'ProvisionedConcurrencySpilloverInvocations',
  'DurationP50',
  'DurationP90',
  'DurationP99',
  'InitDuration',
  'AsyncQueueDepth',
  'AsyncEventAge',
  'IteratorAge',
  'CostUSD',
];
const ACCOUNT_METRICS = [
  'ConcurrentExecutions',
  'UnreservedConcurrentExecutions',
  'ClaimedAccountConcurrency',
  'Throttles',
] as const;

interface Column {
  header: string;
  value: (s: SecondSample) => number | undefined;
}

export function seriesToCsv(samples: readonly SecondSample[], functionId?: string): string {
  const functionIds =
    functionId === undefined ? firstSeen(samples.map((s) => Object.keys(s.functions))) : [functionId];
  const columns: Column[] = [{ header: 'second', value: (s) => s.t }];
  for (const id of functionIds) {
    for (const metric of FUNCTION_METRICS) {
      if (!samples.some((s) => s.functions[id]?.[metric] !== undefined)) continue;
      columns.push({
        header: functionId === undefined ? `${id}.${metric}` : metric,
        value: (s) => s.functions[id]?.[metric],
      });
    }
  }
  if (functionId === undefined) {
    for (const queue of firstSeen(samples.map((s) => Object.keys(s.queues)))) {
      columns.push({ header: `${queue}.visible`, value: (s) => s.queues[queue]?.visible });
      columns.push({ header: `${queue}.inFlight`, value: (s) => s.queues[queue]?.inFlight });
    }
    for (const metric of ACCOUNT_METRICS) {
      if (samples.some((s) => s.account))
        columns.push({ header: `account.${metric}`, value: (s) => s.account?.[metric] });
    }
  }
  const rows = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const sample of samples) rows.push(columns.map((c) => formatNumber(c.value(sample))).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

function firstSeen(lists: string[][]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const key of list) seen.add(key);
  return [...seen];
}

function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

// RFC 4180: quote a cell holding a comma, quote or line break, doubling inner quotes. A leading
// "=", "+", "-" or "@" is prefixed with "'" so a spreadsheet does not run it as a formula.
function csvCell(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
