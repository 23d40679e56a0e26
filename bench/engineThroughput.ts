// Engine throughput with a real (trivial) handler, headless in Node: the figure issue 3 sets
// (≥ 450,000 simulated invocations per wall second for Poisson 0.9/s over 10^6 s).
import { poissonScenario } from './scenarios';
import { createSimulation } from '../src/engine/createSimulation';
import { createNodeHost } from '../src/sandbox/node/createNodeHost';

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
