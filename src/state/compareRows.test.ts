import { describe, expect, it } from 'vitest';
import type { FunctionReport, Report } from '../engine/reportTypes';
import { diffRows, formatFigure, formatUSD } from './compareRows';

function fn(over: Partial<FunctionReport>): FunctionReport {
  const stat = { avg: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  return {
    Invocations: 10, Errors: 0, Throttles: 0, Retries: 0, ColdStarts: 1, Duration: stat,
    InitDuration: { avg: 0, max: 0 }, ConcurrentExecutions: { max: 1, avg: 1 }, Environments: { max: 1, avg: 1 },
    ProvisionedConcurrencyInvocations: 0, ProvisionedConcurrencySpilloverInvocations: 0, AsyncEventsReceived: 0,
    AsyncEventsDropped: 0, AsyncEventAge: { avg: 0, max: 0 }, DeadLetterErrors: 0, DestinationDeliveryFailures: 0,
    IteratorAge: { max: 0 }, RecursiveInvocationsDropped: 0, BilledDurationMs: 1000, GBSeconds: 0.125,
    CostUSD: { requests: 0.000002, compute: 0.000002, provisioned: 0, total: 0.000004 },
    ...over,
  };
}

function report(f: FunctionReport, queues: Report['queues'] = {}): Report {
  return {
    scenario: 's', seed: 1, simulatedSeconds: 10, functions: { hello: f }, queues, streams: {}, clients: {},
    destinations: {}, account: { ConcurrentExecutions: { max: f.ConcurrentExecutions.max }, Throttles: f.Throttles },
  };
}

describe('diff rows', () => {
  it('has every report figure, one value per variant, and flags what differs', () => {
    const a = report(fn({ Duration: { avg: 100, p50: 100, p90: 110, p99: 120, max: 130 } }));
    const b = report(fn({ Duration: { avg: 12, p50: 12, p90: 13, p99: 15, max: 16 }, Throttles: 3 }));
    const rows = diffRows([a, b, null], 'hello');
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    for (const id of ['fn.Invocations', 'fn.Errors', 'fn.Throttles', 'fn.ColdStarts', 'fn.Duration.p50', 'fn.Duration.p90', 'fn.Duration.p99', 'fn.InitDuration.max', 'fn.ConcurrentExecutions.max', 'fn.GBSeconds', 'fn.CostUSD.total', 'account.Throttles']) {
      expect(byId[id], id).toBeDefined();
    }
    expect(byId['fn.Duration.p99'].values).toEqual([120, 15, null]);
    expect(byId['fn.Duration.p99'].differs).toBe(true);
    expect(byId['fn.Throttles'].differs).toBe(true);
    expect(byId['fn.Invocations'].values).toEqual([10, 10, null]);
    expect(diffRows([a, a], 'hello').find((r) => r.id === 'fn.Invocations')?.differs).toBe(false);
  });

  it('adds queue rows when the scenario has queues, and formats figures', () => {
    const q = { sent: 5, received: 5, deleted: 4, visible: 1, inFlight: 0, movedToDeadLetter: 0 };
    const rows = diffRows([report(fn({}), { jobs: q })], 'hello');
    expect(rows.map((r) => r.id)).toContain('queue.jobs.visible');
    expect(formatFigure(1234, 'count')).toBe('1,234');
    expect(formatFigure(12.345, 'ms')).toBe('12.3 ms');
    expect(formatFigure(null, 'ms')).toBe('—');
    expect(formatUSD(0.0000021)).toBe('$0.0000021');
    expect(formatUSD(12.3)).toBe('$12.30');
  });
});
