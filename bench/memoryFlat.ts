// 10 million invocations with a real handler, headless: peak resident memory must stay flat
// (per-second aggregates, streaming percentiles, bounded logs; nothing kept per invocation).
import { createSimulation } from '../src/engine/createSimulation';
import { createNodeHost } from '../src/sandbox/node/createNodeHost';
import { poissonScenario } from './scenarios';

export async function memoryFlat(invocations = 10_000_000) {
  const scenario = poissonScenario(invocations / 10, 10);
  const host = await createNodeHost(scenario);
  const started = performance.now();
  const sim = createSimulation(scenario, host, { liveSamples: false });
  let peakRss = 0;
  let peakHeapAfterGc = 0;
  const rssAt: number[] = [];
  // With --expose-gc (npm run bench passes it) live memory is measured after a collection too.
  const gc = (globalThis as { gc?: () => void }).gc;
  for (;;) {
    const stop = sim.run(Infinity, 2_000_000);
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    if (gc) {
      gc();
      peakHeapAfterGc = Math.max(peakHeapAfterGc, process.memoryUsage().heapUsed);
    }
    rssAt.push(Math.round(rss / 1048576));
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((r) => setImmediate(r));
    sim.takeLogs();
  }
  const report = sim.report();
  return {
    name: 'memoryFlat',
    invocations: report.functions.f.Invocations,
    wallSeconds: Math.round((performance.now() - started) / 10) / 100,
    peakRssMB: Math.round(peakRss / 1048576),
    peakHeapAfterGcMB: gc ? Math.round(peakHeapAfterGc / 1048576) : null,
    rssMBAlongTheRun: rssAt.filter((_, i) => i % Math.max(1, Math.floor(rssAt.length / 10)) === 0),
  };
}
