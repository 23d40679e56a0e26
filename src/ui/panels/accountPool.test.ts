import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenarioTypes';
import type { LiveState } from '../../engine/simulationTypes';
import { accountPool } from './accountPool';

const scenario = { version: 1, name: 's', nodes: [], edges: [] } as unknown as Scenario;
const fn = (busy: number, reserved: number | null, provisioned = 0, provisionedBusy = 0) => ({
  busy,
  idle: 0,
  initializing: 0,
  reservedConcurrency: reserved,
  provisionedConcurrency: provisioned,
  provisionedBusy,
  provisionedIdle: provisioned - provisionedBusy,
});

describe('accountPool', () => {
  it('splits the limit into reserved, provisioned (of unreserved functions) and the unreserved rest', () => {
    const live: LiveState = {
      nowMs: 0,
      accountBusy: 37,
      accountLimit: 1000,
      functions: { a: fn(10, 50, 5, 5), b: fn(20, null, 8, 6), c: fn(7, null) },
    };
    const pool = accountPool(live, scenario);
    expect(pool.blocks).toEqual([
      { kind: 'reserved', functionId: 'a', size: 50, busy: 10, provisioned: 5, provisionedBusy: 5 },
      { kind: 'provisioned', functionId: 'b', size: 8, busy: 6 },
      { kind: 'unreserved', size: 942, busy: 21 },
    ]);
    expect(pool.unreservedMinimum).toBe(100);
    expect(pool.accountBusy).toBe(37);
  });

  it('before a run, reads the settings from the scenario', () => {
    const s = {
      ...scenario,
      account: { concurrencyLimit: 200 },
      nodes: [{ id: 'f', kind: 'function', name: 'f', files: {}, reservedConcurrency: 30 }],
    } as unknown as Scenario;
    const pool = accountPool(null, s);
    expect(pool.limit).toBe(200);
    expect(pool.blocks.map((b) => [b.kind, b.size])).toEqual([
      ['reserved', 30],
      ['unreserved', 170],
    ]);
  });
});
