import { describe, expect, it } from 'vitest';
import type { FunctionSecond, SecondSample } from '../../engine/reportTypes';
import { seriesToCsv } from './seriesToCsv';

const second = (over: Partial<FunctionSecond> = {}): FunctionSecond => ({
  Invocations: 0,
  Errors: 0,
  Throttles: 0,
  Retries: 0,
  ColdStarts: 0,
  ConcurrentExecutions: 0,
  Environments: 0,
  AsyncEventsReceived: 0,
  AsyncEventsDropped: 0,
  ...over,
});

const samples: SecondSample[] = [
  {
    t: 0,
    functions: { api: second({ Invocations: 5, ColdStarts: 2 }), worker: second() },
    queues: { jobs: { visible: 3, inFlight: 1 } },
  },
  {
    t: 1,
    functions: { api: second({ Invocations: 7, DurationP99: 120.5 }), worker: second({ Errors: 1 }) },
    queues: { jobs: { visible: 0, inFlight: 2 } },
    account: {
      ConcurrentExecutions: 4,
      UnreservedConcurrentExecutions: 4,
      ClaimedAccountConcurrency: 4,
      Throttles: 0,
    },
  },
];

describe('seriesToCsv', () => {
  it('writes one function as bare metric columns, one row per second', () => {
    const rows = seriesToCsv(samples, 'api').trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'second,Invocations,Errors,Throttles,Retries,ColdStarts,ConcurrentExecutions,Environments,AsyncEventsReceived,AsyncEventsDropped,DurationP99',
    );
    expect(rows[1]).toBe('0,5,0,0,0,2,0,0,0,0,');
    expect(rows[2]).toBe('1,7,0,0,0,0,0,0,0,0,120.5');
    expect(rows).toHaveLength(3);
  });

  it('writes every function, queue and the account when no function is named', () => {
    const rows = seriesToCsv(samples).trimEnd().split('\r\n');
    const header = rows[0].split(',');
    expect(header).toContain('api.Invocations');
    expect(header).toContain('worker.Errors');
    expect(header).toContain('jobs.visible');
    expect(header).toContain('account.ClaimedAccountConcurrency');
    const cell = (row: number, name: string) => rows[row].split(',')[header.indexOf(name)];
    expect(cell(2, 'worker.Errors')).toBe('1');
    expect(cell(1, 'jobs.inFlight')).toBe('1');
    expect(cell(1, 'account.ConcurrentExecutions')).toBe('');
    expect(cell(2, 'account.ConcurrentExecutions')).toBe('4');
  });

  it('writes only the header for an empty series', () => {
    expect(seriesToCsv([], 'api')).toBe('second\r\n');
  });
});

describe('seriesToCsv on a real run', () => {
  it('has one row per simulated second and columns that add up to the report', async () => {
    const { runLesson } = await import('../gallery/testing/runLesson');
    const { reservedConcurrency } = await import('../gallery/lessons/reservedConcurrency');
    const report = await runLesson(reservedConcurrency.scenario);
    const rows = seriesToCsv(report.series ?? []).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 30);
    const header = rows[0].split(',');
    const column = (name: string) => rows.slice(1).map((r) => Number(r.split(',')[header.indexOf(name)]));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(column('checkout.Throttles'))).toBe(report.functions.checkout.Throttles);
    // An invocation ending exactly at the run's end is in the report's total but in no second.
    const invocations = sum(column('search.Invocations'));
    expect(invocations).toBeGreaterThanOrEqual(report.functions.search.Invocations - 1);
    expect(invocations).toBeLessThanOrEqual(report.functions.search.Invocations);
    expect(Math.max(...column('checkout.ConcurrentExecutions'))).toBe(5);
  });
});
