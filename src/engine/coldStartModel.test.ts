// Cross-check against an independent analytical model (not another run of this engine).
// Low load (λS ≪ 1) with one function: a request finds a warm environment iff the previous
// request finished less than the idle lifetime T ago, so with Poisson arrivals
//   P(cold) = P(gap > S + T) = exp(-λ (S + T)),
// and the one environment is alive a fraction 1 - exp(-λ (S + T)) of the time
// (renewal-reward: E[min(gap, S + T)] / E[gap]).
import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost } from './testing/scriptedHost';

const lambdaPerSecond = 0.01;
const serviceSeconds = 0.1;

function measure(idleSeconds: number) {
  const scenario: Scenario = {
    version: 1,
    name: 'cold start model',
    seed: 11,
    durationSeconds: 3_000_000,
    cpu: 'ignored',
    account: { idleEnvironmentLifetimeSeconds: idleSeconds, maxEnvironmentLifetimeSeconds: null },
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond: lambdaPerSecond } },
      { id: 'f', kind: 'function', name: 'f', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 0 } },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
  const sim = createSimulation(scenario, createScriptedHost({ initMs: 0, handle: () => ({ durationMs: serviceSeconds * 1000 }) }), { liveSamples: false });
  sim.run(Infinity);
  return sim.report().functions.f;
}

describe('cold starts against the analytical low-load model', () => {
  for (const idleSeconds of [30, 100, 300]) {
    it(`idle lifetime ${idleSeconds} s`, () => {
      const f = measure(idleSeconds);
      const expected = Math.exp(-lambdaPerSecond * (serviceSeconds + idleSeconds));
      const observed = f.ColdStarts / f.Invocations;
      const standardError = Math.sqrt((expected * (1 - expected)) / f.Invocations);
      expect(Math.abs(observed - expected)).toBeLessThan(4 * standardError);
      const aliveExpected = 1 - expected;
      expect(Math.abs(f.Environments.avg - aliveExpected)).toBeLessThan(0.02);
    });
  }
});
