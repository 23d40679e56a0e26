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

/**
 * Two bursts of `count` requests to one function: the first creates `count` environments, the
 * second (after all of them are idle again) reaches each once more. The handler counts its own
 * invocations in module state and fails unless the count is the round number, so Errors = 0 with
 * ColdStarts = count proves every environment kept its own module instance.
 */
export function stateScenario(count: number, holdMs = 20_000): Scenario {
  const code =
    'let hits = 0;\nconst state = { buffer: new Array(64).fill(0) };\n' +
    'export const handler = async (event) => {\n' +
    '  hits++;\n' +
    "  if (hits !== event.round) throw new Error(`environment saw ${hits} invocations in round ${event.round}`);\n" +
    `  await new Promise((r) => setTimeout(r, ${holdMs}));\n` +
    '  return { hits, size: state.buffer.length };\n};\n';
  return {
    version: 1,
    name: 'bench: environments keep their own state',
    seed: 1,
    durationSeconds: Math.ceil((2 * holdMs) / 1000) + 10,
    cpu: 'ignored',
    account: { concurrencyLimit: Math.max(1000, count + 100) },
    nodes: [
      { id: 'first', kind: 'client', name: 'first', traffic: { pattern: 'burst', count, atSecond: 1 }, payloads: [{ body: { round: 1 } }] },
      { id: 'second', kind: 'client', name: 'second', traffic: { pattern: 'burst', count, atSecond: Math.ceil(holdMs / 1000) + 3 }, payloads: [{ body: { round: 2 } }] },
      { id: 'f', kind: 'function', name: 'f', timeoutSeconds: 60, files: { 'index.mjs': code } },
    ],
    edges: [
      { id: 'e1', from: 'first', to: 'f', kind: 'invoke' },
      { id: 'e2', from: 'second', to: 'f', kind: 'invoke' },
    ],
  };
}
