import { civilFromDays, SIMULATION_EPOCH_MS } from '../clock';

// EventBridge schedule expressions: rate(value unit) and cron(minutes hours day-of-month month
// day-of-week year), AWS's six-field syntax, evaluated in UTC. Virtual time 0 is
// 2026-01-01T00:00:00Z, so a cron rule fires at the same simulated instants in every run.

export type Schedule = { next(afterMs: number): number };

const UNIT_MS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };

export function parseSchedule(expression: string): Schedule | { error: string } {
  const rate = /^rate\(\s*(\d+)\s+(minute|minutes|hour|hours|day|days)\s*\)$/.exec(expression.trim());
  if (rate) {
    const value = Number(rate[1]);
    if (value < 1) return { error: 'rate value must be a positive whole number' };
    if ((value === 1) !== !rate[2].endsWith('s')) {
      return { error: `use "${value === 1 ? rate[2].replace(/s$/, '') : rate[2] + (rate[2].endsWith('s') ? '' : 's')}" with ${value} (AWS: rate(1 minute), rate(5 minutes))` };
    }
    const periodMs = value * UNIT_MS[rate[2]];
    // The first run comes one period after the rule exists (virtual time 0).
    return { next: (afterMs) => (Math.floor(afterMs / periodMs) + 1) * periodMs };
  }
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (!cron) return { error: 'must be rate(value unit) or cron(minutes hours day-of-month month day-of-week year)' };
  const fields = cron[1].trim().split(/\s+/);
  if (fields.length !== 6) return { error: `cron needs 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}` };
  const [minF, hourF, domF, monF, dowF, yearF] = fields;
  if ((domF === '?') === (dowF === '?')) return { error: 'cron: exactly one of day-of-month and day-of-week must be "?"' };
  try {
    const minutes = parseField(minF, 0, 59);
    const hours = parseField(hourF, 0, 23);
    const doms = domF === '?' ? null : parseField(domF, 1, 31);
    const months = parseField(monF, 1, 12, MONTHS);
    const dows = dowF === '?' ? null : parseField(dowF, 1, 7, DAYS);
    const years = parseField(yearF, 1970, 2199);
    return {
      next(afterMs) {
        // Whole minutes after afterMs, searched up to about 5 years ahead.
        let minute = Math.floor((SIMULATION_EPOCH_MS + afterMs) / 60_000) + 1;
        for (let i = 0; i < 2_700_000; i++, minute++) {
          const m = minute % 60;
          const h = Math.floor(minute / 60) % 24;
          const days = Math.floor(minute / 1440);
          if (!minutes.has(m) || !hours.has(h)) continue;
          const [y, mo, d] = civilFromDays(days);
          if (!months.has(mo) || !years.has(y)) continue;
          const dow = ((days + 4) % 7) + 1; // 1970-01-01 was a Thursday; AWS: 1 = Sunday
          if (doms ? !doms.has(d) : !(dows as Set<number>).has(dow)) continue;
          return minute * 60_000 - SIMULATION_EPOCH_MS;
        }
        return Infinity;
      },
    };
  } catch (error) {
    return { error: `cron: ${(error as Error).message}` };
  }
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function parseField(field: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  const value = (text: string): number => {
    const named = names?.indexOf(text.toUpperCase()) ?? -1;
    const n = named >= 0 ? named + 1 : Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`"${text}" is not in ${min}-${max}`);
    return n;
  };
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad step in "${part}"`);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') [lo, hi] = [min, max];
    else if (range.includes('-')) [lo, hi] = range.split('-').map(value) as [number, number];
    else {
      lo = value(range);
      hi = stepText === undefined ? lo : max;
    }
    if (/[LW#]/.test(range)) throw new Error(`"${range}": L, W and # are not supported by the playground yet`);
    for (let n = lo; n <= hi; n += step) out.add(n);
  }
  return out;
}
