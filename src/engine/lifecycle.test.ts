import { describe, expect, it } from 'vitest';
import type { FunctionNode, Scenario, Traffic } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost, type ScriptedStep } from './testing/scriptedHost';
import type { InvokeRequest } from './handlerHost';

function scenario(traffic: Traffic, fn: Partial<FunctionNode> = {}, extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    name: 't',
    seed: 3,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic },
      { id: 'f', kind: 'function', name: 'fn', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 100 }, ...fn },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
    ...extra,
  };
}

const fixed = (durationMs: number) => (): ScriptedStep => ({ durationMs });

describe('execution environments', () => {
  it('cold-starts once, then reuses the warm environment', () => {
    const host = createScriptedHost({ initMs: 50, handle: fixed(100) });
    const sim = createSimulation(scenario({ pattern: 'constant', ratePerSecond: 2 }), host);
    sim.run(Infinity);
    const f = sim.report().functions.f;
    expect(f.Invocations).toBe(120);
    expect(f.ColdStarts).toBe(1);
    expect(host.created).toHaveLength(1);
    expect(f.InitDuration.max).toBeCloseTo(150, 6); // runtime init 100 ms + module init 50 ms
    expect(f.Duration.max).toBeCloseTo(100, 6); // Duration excludes init
    expect(f.BilledDurationMs).toBe(120 * 100 + 150); // Init is billed (since Aug 2025)
  });

  it('a burst needs one environment per concurrent request', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(1000) });
    const sim = createSimulation(scenario({ pattern: 'burst', count: 25, atSecond: 1 }), host);
    sim.run(Infinity);
    const f = sim.report().functions.f;
    expect(f.ColdStarts).toBe(25);
    expect(f.ConcurrentExecutions.max).toBe(25);
    expect(f.Environments.max).toBe(25);
  });

  it('reuses the most recently created idle environment first', () => {
    const seen: number[] = [];
    const host = createScriptedHost({
      initMs: 0,
      handle: (_req: InvokeRequest, env) => {
        seen.push(env.id);
        return { durationMs: 500 };
      },
    });
    // three at once (three environments), then one at a time
    const s = scenario({ pattern: 'burst', count: 3, atSecond: 0 });
    s.nodes.push({ id: 'c2', kind: 'client', name: 'c2', traffic: { pattern: 'constant', ratePerSecond: 1, startSecond: 5, stopSecond: 8 } });
    s.edges.push({ id: 'e2', from: 'c2', to: 'f', kind: 'invoke' });
    const sim = createSimulation(s, host);
    sim.run(Infinity);
    expect(seen.slice(0, 3).sort()).toEqual([1, 2, 3]);
    expect(seen.slice(3)).toEqual([3, 3, 3]);
  });

  it('reaps idle environments after the idle lifetime, so the next request is cold', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(10) });
    const s = scenario({ pattern: 'constant', ratePerSecond: 1 / 30 }, {}, {
      durationSeconds: 200,
      account: { idleEnvironmentLifetimeSeconds: 45 },
    });
    const sim = createSimulation(s, host, { keepSeries: true });
    sim.run(Infinity);
    const f = sim.report().functions.f;
    // arrivals every 30 s: always warm within 45 s
    expect(f.ColdStarts).toBe(1);
    const s2 = scenario({ pattern: 'constant', ratePerSecond: 1 / 60 }, {}, {
      durationSeconds: 200,
      account: { idleEnvironmentLifetimeSeconds: 45 },
    });
    const sim2 = createSimulation(s2, createScriptedHost({ initMs: 0, handle: fixed(10) }), { keepSeries: true });
    sim2.run(Infinity);
    const r2 = sim2.report();
    expect(r2.functions.f.ColdStarts).toBe(r2.functions.f.Invocations); // every one is cold
    // the environment count drops to 0 exactly 45 s after going idle (second 45 holds the reap)
    const envs = r2.series?.map((x) => x.functions.f.Environments) ?? [];
    expect(envs[44]).toBe(1);
    expect(envs[46]).toBe(0);
    // three full lifetimes (0.1 s init + 0.01 s run + 45 s idle) and the last one cut at 200 s
    expect(r2.functions.f.Environments.avg).toBeCloseTo((3 * 45.11 + 20) / 200, 2); // the report rounds to 3 decimals
  });

  it('a timeout answers with Sandbox.Timedout, resets the environment, and the next start is cold', () => {
    let n = 0;
    const host = createScriptedHost({ initMs: 0, handle: () => ({ durationMs: n++ === 0 ? 10_000 : 10 }) });
    const sim = createSimulation(scenario({ pattern: 'constant', ratePerSecond: 0.2 }, { timeoutSeconds: 3 }), host);
    const results: unknown[] = [];
    sim.testInvoke('f', {}, (r) => results.push(r)); // first request: the 10 s one
    sim.run(Infinity);
    const f = sim.report().functions.f;
    expect(f.Errors).toBe(1);
    expect(f.Duration.max).toBeCloseTo(3000, 6);
    expect(host.aborted()).toBe(1);
    expect(f.ColdStarts).toBe(2); // the environment after the timeout is new
    expect(results[0]).toMatchObject({
      statusCode: 200,
      functionError: 'Unhandled',
      payload: { errorType: 'Sandbox.Timedout', errorMessage: expect.stringMatching(/Task timed out after 3\.00 seconds$/) },
    });
  });
});

describe('concurrency limits', () => {
  it('reserved concurrency 0 throttles everything with the reserved reason', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(10) });
    const sim = createSimulation(scenario({ pattern: 'constant', ratePerSecond: 5 }, { reservedConcurrency: 0 }), host);
    const results: { statusCode: number; payload: unknown }[] = [];
    sim.testInvoke('f', {}, (r) => results.push(r));
    sim.run(Infinity);
    const r = sim.report();
    expect(r.functions.f.Invocations).toBe(0);
    expect(r.functions.f.Throttles).toBe(301);
    expect(r.clients.c.statusCodes).toEqual({ '429': 300 });
    expect(results[0]).toMatchObject({
      statusCode: 429,
      payload: { errorType: 'TooManyRequestsException', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
    });
    expect(host.created).toHaveLength(0);
  });

  it('the account limit caps unreserved functions and reports ConcurrentInvocationLimitExceeded', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(5000) });
    const s = scenario({ pattern: 'burst', count: 30, atSecond: 0 }, {}, { account: { concurrencyLimit: 20, unreservedMinimum: 10 } });
    const sim = createSimulation(s, host);
    const reasons: string[] = [];
    sim.run(0);
    sim.testInvoke('f', {}, (r) => reasons.push(String((r.payload as { Reason?: string }).Reason)));
    sim.run(Infinity);
    const f = sim.report().functions.f;
    expect(f.ConcurrentExecutions.max).toBe(20);
    expect(f.Throttles).toBe(11);
    expect(reasons).toEqual(['ConcurrentInvocationLimitExceeded']);
  });

  it('reserved concurrency of one function is withheld from the others', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(5000) });
    const s = scenario({ pattern: 'burst', count: 30, atSecond: 0 }, {}, { account: { concurrencyLimit: 30, unreservedMinimum: 5 } });
    s.nodes.push({ id: 'g', kind: 'function', name: 'g', files: { 'index.mjs': '' }, reservedConcurrency: 20 });
    const sim = createSimulation(s, host);
    sim.run(Infinity);
    expect(sim.report().functions.f.ConcurrentExecutions.max).toBe(10);
  });
});

describe('determinism', () => {
  it('same scenario and seed give a byte-identical report; another seed differs', () => {
    const make = (seed: number) => {
      const sim = createSimulation(
        scenario({ pattern: 'poisson', ratePerSecond: 20 }, { reservedConcurrency: 3 }, { seed }),
        createScriptedHost({ initMs: 20, handle: fixed(120) }),
        { keepSeries: true },
      );
      sim.run(Infinity);
      return JSON.stringify(sim.report());
    };
    expect(make(5)).toBe(make(5));
    expect(make(5)).not.toBe(make(6));
  });
});

describe('resets and suppressed init', () => {
  it('after a timeout the same environment is reset, keeps its state blob, and its next invoke runs a suppressed init', () => {
    let n = 0;
    const inherited: unknown[] = [];
    const base = createScriptedHost({ initMs: 40, handle: () => ({ durationMs: n++ === 0 ? 10_000 : 10 }) });
    const host = {
      ...base,
      createEnvironment: (spec: Parameters<typeof base.createEnvironment>[0], kernel: Parameters<typeof base.createEnvironment>[1]) => {
        inherited.push(spec.inherited);
        return { ...base.createEnvironment(spec, kernel), transferState: () => ({ tmp: 'kept' }) };
      },
    };
    const sim = createSimulation(scenario({ pattern: 'manual' }, { timeoutSeconds: 1 }), host);
    const results: { durationMs: number; initDurationMs?: number; reportLine: string; logLines: string[] }[] = [];
    sim.testInvoke('f', {}, (r) => results.push(r));
    sim.run(5000);
    sim.testInvoke('f', {}, (r) => results.push(r));
    sim.run(Infinity);
    expect(inherited).toEqual([undefined, { tmp: 'kept' }]);
    const logs = sim.takeLogs();
    expect(new Set(logs.map((l) => l.logStream)).size).toBe(1); // one environment, one log stream
    expect(results[0].reportLine).toMatch(/Status: timeout/);
    // the second invoke: Duration includes the 40 ms init; no Init Duration field
    expect(results[1].durationMs).toBeCloseTo(50, 6);
    expect(results[1].reportLine).not.toMatch(/Init Duration/);
    expect(sim.report().functions.f.ColdStarts).toBe(2);
  });

  it('an Init past 10 s is retried inside the first invoke, under the function timeout', () => {
    let inits = 0;
    const host = createScriptedHost({ initMs: () => (inits++ === 0 ? 12_000 : 500), handle: () => ({ durationMs: 100 }) });
    const sim = createSimulation(scenario({ pattern: 'manual' }, { timeoutSeconds: 5, coldStart: { runtimeInitMs: 0 } }), host);
    const results: { statusCode: number; durationMs: number; payload: unknown }[] = [];
    sim.testInvoke('f', {}, (r) => results.push(r));
    sim.run(Infinity);
    expect(results[0]).toMatchObject({ statusCode: 200, payload: { ok: true } });
    expect(results[0].durationMs).toBeCloseTo(600, 6); // 500 ms retried init + 100 ms handler
    const logs = sim.takeLogs().map((l) => l.line);
    expect(logs.some((l) => /INIT_REPORT Init Duration: 10000\.00 ms\tPhase: init\tStatus: timeout/.test(l))).toBe(true);
    expect(sim.report().functions.f.BilledDurationMs).toBe(10_600);
  });
});

describe('journal', () => {
  it('records environment lifecycles and why each request was cold, warm or throttled', () => {
    const host = createScriptedHost({ initMs: 10, handle: fixed(1000) });
    const sim = createSimulation(scenario({ pattern: 'burst', count: 3, atSecond: 0 }, { reservedConcurrency: 2 }), host, { journal: true });
    sim.run(Infinity);
    const envEvents = sim.takeEnvironmentEvents();
    expect(envEvents.filter((e) => e.kind === 'created')).toHaveLength(2);
    expect(envEvents.filter((e) => e.kind === 'invokeEnd' && e.status === 'ok')).toHaveLength(2);
    const traces = sim.takeTraceEvents();
    expect(traces.filter((t) => t.step.startsWith('throttled (ReservedFunctionConcurrentInvocationLimitExceeded)'))).toHaveLength(1);
    expect(traces.find((t) => t.step === 'invoked')?.rule).toMatch(/cold start: no idle environment/);
    // off by default: nothing kept
    const quiet = createSimulation(scenario({ pattern: 'burst', count: 3, atSecond: 0 }), host);
    quiet.run(Infinity);
    expect(quiet.takeEnvironmentEvents()).toEqual([]);
  });
});

describe('series and report agree', () => {
  it('per-second samples add up to the report totals, including work that ends exactly at the end', () => {
    const host = createScriptedHost({ initMs: 0, handle: fixed(500) });
    // arrivals every 0.5 s: the last one ends exactly at the end of the run
    const sim = createSimulation(scenario({ pattern: 'constant', ratePerSecond: 2 }, {}, { durationSeconds: 10 }), host, { keepSeries: true });
    sim.run(Infinity);
    const r = sim.report();
    const sum = (r.series ?? []).reduce((a, s) => a + s.functions.f.Invocations, 0);
    expect(r.series).toHaveLength(10);
    expect(sum).toBe(r.functions.f.Invocations);
  });

  it('a failed Init prints the uncaught error and INIT_REPORT', () => {
    const base = createScriptedHost({ initMs: 0, handle: fixed(10) });
    const host = {
      ...base,
      createEnvironment: (spec: Parameters<typeof base.createEnvironment>[0], kernel: Parameters<typeof base.createEnvironment>[1]) => ({
        ...base.createEnvironment(spec, kernel),
        init: (now: number) => kernel.initDone(now + 5, { ok: false, error: { errorType: 'Runtime.ImportModuleError', errorMessage: "Error: Cannot find module 'x'", trace: [] } }),
      }),
    };
    const sim = createSimulation(scenario({ pattern: 'manual' }), host);
    sim.testInvoke('f', {}, () => {});
    sim.run(Infinity);
    const lines = sim.takeLogs().map((l) => l.line);
    expect(lines.some((l) => l.includes('ERROR\tUncaught Exception') && l.includes('Runtime.ImportModuleError'))).toBe(true);
    expect(lines.some((l) => l.startsWith('INIT_REPORT') && l.includes('Status: error'))).toBe(true);
  });
});

describe('recycling', () => {
  it('recycles environments after the max lifetime even under steady traffic (default 4 h; null = never)', () => {
    const run = (account: Scenario['account']) => {
      const sim = createSimulation(
        scenario({ pattern: 'constant', ratePerSecond: 1 }, {}, { durationSeconds: 5 * 3600, account }),
        createScriptedHost({ initMs: 0, handle: fixed(10) }),
        { liveSamples: false },
      );
      sim.run(Infinity);
      return sim.report().functions.f.ColdStarts;
    };
    expect(run(undefined)).toBe(2); // one at the start, one after 4 hours
    expect(run({ maxEnvironmentLifetimeSeconds: 3600 })).toBe(5);
    expect(run({ maxEnvironmentLifetimeSeconds: null })).toBe(1);
  });
});
