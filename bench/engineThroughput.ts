// Engine throughput with a real (trivial) handler, headless in Node: the figure issue 3 sets
// (≥ 450,000 simulated invocations per wall second for Poisson 0.9/s over 10^6 s).
import type { Scenario } from '../src/engine/scenarioTypes';
import { createSimulation } from '../src/engine/createSimulation';
import { createNodeHost } from '../src/sandbox/node/createNodeHost';

export function poissonScenario(simulatedSeconds: number, ratePerSecond = 0.9): Scenario {
  return {
    version: 1,
    name: 'bench: Poisson, trivial handler',
    seed: 1,
    durationSeconds: simulatedSeconds,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond } },
      {
        id: 'f',
        kind: 'function',
        name: 'f',
        timeoutSeconds: 60,
        files: {
          'index.mjs':
            'export const handler = async () => {\n' +
            '  await new Promise((r) => setTimeout(r, -Math.log(Math.random()) * 1000));\n' +
            '  return { ok: true };\n};\n',
        },
      },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

export async function engineThroughput(simulatedSeconds = 1_000_000) {
  const scenario = poissonScenario(simulatedSeconds);
  const host = await createNodeHost(scenario);
  const started = performance.now();
  const sim = createSimulation(scenario, host, { liveSamples: false });
  for (;;) {
    const stop = sim.run(Infinity, 1_000_000);
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((r) => setImmediate(r));
    sim.takeLogs();
    sim.takeSamples();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const report = sim.report();
  const invocations = report.functions.f.Invocations;
  return {
    name: 'engineThroughput',
    simulatedSeconds,
    invocations,
    coldStarts: report.functions.f.ColdStarts,
    wallSeconds: Math.round(wallSeconds * 1000) / 1000,
    invocationsPerWallSecond: Math.round(invocations / wallSeconds),
    rssMB: Math.round(process.memoryUsage().rss / 1048576),
  };
}
