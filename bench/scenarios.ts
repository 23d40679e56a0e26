import type { Scenario } from '../src/engine/scenarioTypes';

const TRIVIAL =
  'export const handler = async () => {\n' +
  '  await new Promise((r) => setTimeout(r, -Math.log(Math.random()) * 1000));\n' +
  '  return { ok: true };\n};\n';

/** Poisson arrivals, one function awaiting an exponential 1 s timer (the co-simulation workload). */
export function poissonScenario(simulatedSeconds: number, ratePerSecond = 0.9): Scenario {
  return {
    version: 1,
    name: 'bench: Poisson, trivial handler',
    seed: 1,
    durationSeconds: simulatedSeconds,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond } },
      { id: 'f', kind: 'function', name: 'f', timeoutSeconds: 60, files: { 'index.mjs': TRIVIAL } },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

/** A burst of `count` simultaneous long requests: one new environment each. */
export function burstScenario(count: number): Scenario {
  return {
    version: 1,
    name: 'bench: burst of environments',
    seed: 1,
    durationSeconds: 20,
    cpu: 'ignored',
    account: { concurrencyLimit: Math.max(1000, count + 100) },
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'burst', count, atSecond: 1 } },
      {
        id: 'f',
        kind: 'function',
        name: 'f',
        timeoutSeconds: 60,
        files: { 'index.mjs': 'const state = { hits: 0 };\nexport const handler = async () => {\n  state.hits++;\n  await new Promise((r) => setTimeout(r, 10_000));\n  return state;\n};\n' },
      },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}
