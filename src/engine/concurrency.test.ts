import { describe, expect, it } from 'vitest';
import type { FunctionNode, Scenario, Traffic } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost } from './testing/scriptedHost';

function scenario(traffic: Traffic, fn: Partial<FunctionNode> = {}, extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    name: 't',
    seed: 3,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic },
      { id: 'f', kind: 'function', name: 'fn', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 150 }, timeoutSeconds: 900, ...fn },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
    ...extra,
  };
}
const fixed = (durationMs: number) => () => ({ durationMs });

function run(s: Scenario, durationMs: number, initMs = 0) {
  const sim = createSimulation(s, createScriptedHost({ initMs, handle: fixed(durationMs) }), { keepSeries: true });
  sim.run(Infinity);
  return sim.report();
}

describe('provisioned concurrency', () => {
  it('removes cold starts up to PC and not beyond; spillover is counted', () => {
    const r = run(scenario({ pattern: 'burst', count: 8, atSecond: 5 }, { provisionedConcurrency: 5 }), 1000);
    const f = r.functions.f;
    expect(f.Invocations).toBe(8);
    expect(f.ProvisionedConcurrencyInvocations).toBe(5);
    expect(f.ProvisionedConcurrencySpilloverInvocations).toBe(3);
    expect(f.ColdStarts).toBe(3);
    expect(f.Environments.max).toBe(8);
    const at5 = r.series?.[5].functions.f;
    expect(at5?.ProvisionedConcurrentExecutions).toBe(5);
    expect(at5?.ProvisionedConcurrencyUtilization).toBe(1);
  });

  it('requests before the allocation is ready spill over', () => {
    const r = run(scenario({ pattern: 'burst', count: 2, atSecond: 0 }, { provisionedConcurrency: 2 }), 100);
    expect(r.functions.f.ProvisionedConcurrencySpilloverInvocations).toBe(2);
    expect(r.functions.f.ColdStarts).toBe(2);
  });

  it('provisioned environments are not reaped when idle', () => {
    const r = run(
      scenario({ pattern: 'constant', ratePerSecond: 1 / 50, startSecond: 1 }, { provisionedConcurrency: 1 }, {
        durationSeconds: 300,
        account: { idleEnvironmentLifetimeSeconds: 20 },
      }),
      100,
    );
    expect(r.functions.f.ColdStarts).toBe(0);
    expect(r.functions.f.ProvisionedConcurrencyInvocations).toBe(r.functions.f.Invocations);
  });

  it('is billed for allocation and at the provisioned duration rate', () => {
    const r = run(scenario({ pattern: 'burst', count: 1, atSecond: 10 }, { provisionedConcurrency: 2, memoryMB: 512 }, { durationSeconds: 100 }), 1000);
    const cost = r.functions.f.CostUSD;
    // 2 × 0.5 GB × 100 s allocated = 100 GB-s at $0.0000041667, plus 0.5 GB-s of duration at $0.0000097222
    expect(cost.provisioned).toBeCloseTo(100 * 0.0000041667 + 0.5 * 0.0000097222, 12);
    expect(cost.compute).toBe(0);
    expect(cost.requests).toBeCloseTo(0.2 / 1e6, 12);
  });
});

describe('scaling and rate limits', () => {
  it('adds at most scalingEnvironmentsPer10s environments per 10 s, refilled continuously', () => {
    const r = run(
      scenario({ pattern: 'constant', ratePerSecond: 2000 }, {}, {
        durationSeconds: 40,
        account: { concurrencyLimit: 100000, scalingEnvironmentsPer10s: 100 },
      }),
      60_000,
    );
    const conc = r.series?.map((s) => s.functions.f.ConcurrentExecutions) ?? [];
    // 100 at once, then one more every 100 ms (10 a second): 109 by the end of second 0
    expect(conc[0]).toBe(109);
    expect(conc[9]).toBe(199);
    expect(conc[29]).toBe(399);
    expect(r.functions.f.Throttles).toBeGreaterThan(70_000);
  });

  it('the legacy model gives one account-wide burst of 3,000, then +500 a minute', () => {
    const r = run(
      scenario({ pattern: 'burst', count: 4000, atSecond: 0 }, {}, {
        durationSeconds: 120,
        account: { concurrencyLimit: 20000, unreservedMinimum: 100, legacyBurstScaling: true },
      }),
      100_000,
    );
    expect(r.functions.f.ConcurrentExecutions.max).toBe(3000);
    expect(r.functions.f.Throttles).toBe(1000);
  });

  it('limits requests per second to 10 × reserved concurrency', () => {
    const r = run(scenario({ pattern: 'constant', ratePerSecond: 25 }, { reservedConcurrency: 1, coldStart: { runtimeInitMs: 0 } }, { durationSeconds: 10 }), 1);
    expect(r.functions.f.Invocations).toBe(100);
    expect(r.functions.f.Throttles).toBe(150);
  });
});

describe('VPC networking', () => {
  it('a new VPC function is Pending (409) for the documented time', () => {
    const r = run(scenario({ pattern: 'constant', ratePerSecond: 1 }, { vpc: true }, { account: { vpcPendingSeconds: 20 } }), 10);
    expect(r.clients.c.statusCodes).toEqual({ '409': 20, '200': 40 });
    expect(r.functions.f.Throttles).toBe(0);
  });

  it('with legacy networking every cold start pays the ENI creation', () => {
    const r = run(scenario({ pattern: 'burst', count: 1, atSecond: 0 }, { vpc: true }, { account: { legacyVpcNetworking: true } }), 10);
    expect(r.functions.f.InitDuration.max).toBe(10_150);
  });
});

describe('billing', () => {
  it('matches a hand-computed example: 1 ms steps, Init billed, GB-s per architecture', () => {
    const s = scenario({ pattern: 'constant', ratePerSecond: 1 }, { memoryMB: 1024 }, { durationSeconds: 10 });
    const r = run(s, 100.2);
    const f = r.functions.f;
    // 10 invocations of 100.2 ms bill 101 ms; the cold one adds 150 ms of Init: 9 × 101 + 251
    expect(f.BilledDurationMs).toBe(1160);
    expect(f.GBSeconds).toBeCloseTo(1.16, 9);
    expect(f.CostUSD.compute).toBeCloseTo(1.16 * 0.0000166667, 12);
    expect(f.CostUSD.requests).toBeCloseTo(10 * 0.2e-6, 12);
    const arm = run({ ...s, nodes: s.nodes.map((n) => (n.kind === 'function' ? { ...n, architecture: 'arm64' as const } : n)) }, 100.2);
    expect(arm.functions.f.CostUSD.compute).toBeCloseTo(1.16 * 0.0000133334, 12);
    const storage = run({ ...s, nodes: s.nodes.map((n) => (n.kind === 'function' ? { ...n, ephemeralStorageMB: 1536 } : n)) }, 100.2);
    expect(storage.functions.f.CostUSD.compute - f.CostUSD.compute).toBeCloseTo(1.16 * 0.0000000309, 12);
  });
});
