// Two checks of the engine against queueing theory. They cannot pass by accident: the expected
// values come from formulas, not from earlier runs, and the tolerance comes from the run's own
// measured variability (batch means).
import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost, exponentialDurations } from './testing/scriptedHost';

/** Erlang B blocking probability for c servers and offered load a (Erlangs), by the stable recursion. */
function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

function lossScenario(reserved: number, ratePerSecond: number, durationSeconds: number): Scenario {
  return {
    version: 1,
    name: 'M/M/c/c',
    seed: 42,
    durationSeconds,
    cpu: 'ignored',
    // Environments never expire and start instantly, so the function is a pure loss system.
    account: { idleEnvironmentLifetimeSeconds: 86400, maxEnvironmentLifetimeSeconds: null },
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond } },
      {
        id: 'f',
        kind: 'function',
        name: 'f',
        files: { 'index.mjs': '' },
        timeoutSeconds: 900,
        reservedConcurrency: reserved,
        coldStart: { runtimeInitMs: 0 },
      },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

describe('engine against theory', () => {
  const c = 10;
  const lambda = 8; // arrivals per second
  const meanS = 1; // seconds
  const batches = 20;
  const durationSeconds = 20_000;
  const host = createScriptedHost({ initMs: 0, handle: exponentialDurations(meanS * 1000) });
  const sim = createSimulation(lossScenario(c, lambda, durationSeconds), host, { keepSeries: true });
  sim.run(Infinity);
  const report = sim.report();
  const f = report.functions.f;

  it('throttled fraction matches Erlang B(c, λS) within 4 standard errors (batch means)', () => {
    const series = report.series ?? [];
    const perBatch = Math.floor(series.length / batches);
    const fractions: number[] = [];
    for (let b = 0; b < batches; b++) {
      let thr = 0;
      let all = 0;
      for (const s of series.slice(b * perBatch, (b + 1) * perBatch)) {
        thr += s.functions.f.Throttles;
        all += s.functions.f.Throttles + s.functions.f.Invocations;
      }
      fractions.push(thr / all);
    }
    const mean = fractions.reduce((a, x) => a + x, 0) / batches;
    const variance = fractions.reduce((a, x) => a + (x - mean) ** 2, 0) / (batches - 1);
    const standardError = Math.sqrt(variance / batches);
    const expected = erlangB(c, lambda * meanS); // ≈ 0.1217
    const observed = f.Throttles / (f.Throttles + f.Invocations);
    expect(expected).toBeCloseTo(0.1217, 3);
    expect(standardError).toBeLessThan(0.005); // the run is long enough to say something
    expect(Math.abs(observed - expected)).toBeLessThan(4 * standardError);
    expect(f.ColdStarts).toBe(c); // environments never expire: exactly c were ever created
  });

  it("average concurrency equals accepted rate × mean duration (Little's law)", () => {
    const acceptedPerSecond = f.Invocations / durationSeconds;
    const meanDurationSeconds = f.Duration.avg / 1000;
    const little = acceptedPerSecond * meanDurationSeconds;
    expect(f.ConcurrentExecutions.avg).toBeGreaterThan(0);
    expect(Math.abs(f.ConcurrentExecutions.avg - little) / little).toBeLessThan(0.005);
    // and with the loss formula: carried load = a (1 - B)
    const carried = lambda * meanS * (1 - erlangB(c, lambda * meanS));
    expect(Math.abs(f.ConcurrentExecutions.avg - carried) / carried).toBeLessThan(0.03);
    expect(f.ConcurrentExecutions.max).toBe(c);
  });
});
