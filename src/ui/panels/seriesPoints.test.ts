import { describe, expect, it } from 'vitest';
import type { FunctionSecond, SecondSample } from '../../engine/reportTypes';
import { accountRows, functionRows, queueIds, queueRows, toCsv } from './seriesPoints';

const fs = (over: Partial<FunctionSecond>): FunctionSecond => ({
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
    functions: {
      f: fs({
        Invocations: 3,
        ConcurrentExecutions: 7,
        ProvisionedConcurrentExecutions: 5,
        DurationP50: 100,
        DurationP99: 250,
      }),
    },
    queues: { q: { visible: 4, inFlight: 10 } },
  },
  {
    t: 1,
    functions: { f: fs({ Throttles: 2, Retries: 1, ConcurrentExecutions: 2 }) },
    queues: {},
    account: {
      ConcurrentExecutions: 9,
      UnreservedConcurrentExecutions: 9,
      ClaimedAccountConcurrency: 14,
      Throttles: 0,
    },
  },
];

describe('series rows', () => {
  it('keeps the engine values per second and splits concurrency into provisioned and on-demand', () => {
    const rows = functionRows(samples, 'f', 300);
    expect(rows[0]).toMatchObject({
      t: 0,
      invocations: 3,
      concurrent: 7,
      provisioned: 5,
      onDemand: 2,
      durationP50: 100,
      durationP99: 250,
    });
    expect(rows[1].durationP50).toBeUndefined();
    expect(rows[1]).toMatchObject({ t: 1, throttles: 2, retries: 1, provisioned: 0, onDemand: 2 });
    expect(functionRows(samples, 'f', 1)).toHaveLength(1);
  });
  it('has a visible and in-flight column per queue and the account metrics where present', () => {
    const ids = queueIds(samples);
    expect(ids).toEqual(['q']);
    expect(queueRows(samples, ids, 300)).toEqual([
      { t: 0, q0Visible: 4, q0InFlight: 10 },
      { t: 1, q0Visible: 0, q0InFlight: 0 },
    ]);
    expect(accountRows(samples, 300)).toEqual([
      { t: 1, concurrent: 9, claimed: 14, unreserved: 9, throttles: 0 },
    ]);
  });
});

describe('toCsv', () => {
  it('writes a header and quotes cells with commas, quotes or newlines', () => {
    const csv = toCsv(
      [
        { t: 0, a: 1, b: 'x,y' },
        { t: 1, a: 2, b: 'say "hi"' },
      ],
      [
        { key: 't', name: 'second' },
        { key: 'a', name: 'Invocations' },
        { key: 'b', name: 'note' },
      ],
    );
    expect(csv).toBe('second,Invocations,note\n0,1,"x,y"\n1,2,"say ""hi"""\n');
  });
});
