// 100,000 SQS messages through an event source mapping (batch size 10) with a trivial handler,
// headless in Node: wall time and simulated throughput.
import type { Scenario } from '../src/engine/scenarioTypes';
import { createSimulation } from '../src/engine/createSimulation';
import { createNodeHost } from '../src/sandbox/node/createNodeHost';

export function sqsScenario(messages: number): Scenario {
  return {
    version: 1,
    name: 'bench: SQS mapping',
    seed: 1,
    durationSeconds: 600,
    cpu: 'ignored',
    nodes: [
      { id: 'p', kind: 'client', name: 'producer', traffic: { pattern: 'burst', count: messages, atSecond: 0 }, payloads: [{ body: { n: '{{seq}}' } }] },
      { id: 'q', kind: 'sqsQueue', name: 'jobs' },
      {
        id: 'f',
        kind: 'function',
        name: 'consumer',
        files: { 'index.mjs': 'export const handler = async (event) => {\n  await new Promise((r) => setTimeout(r, 20));\n  return { batchItemFailures: [] };\n};\n' },
      },
    ],
    edges: [
      { id: 's', from: 'p', to: 'q', kind: 'send' },
      { id: 'm', from: 'q', to: 'f', kind: 'eventSourceMapping', config: { batchSize: 10, functionResponseTypes: ['ReportBatchItemFailures'] } },
    ],
  };
}

export async function sqsThroughput(messages = 100_000) {
  const scenario = sqsScenario(messages);
  const host = await createNodeHost(scenario);
  const started = performance.now();
  const sim = createSimulation(scenario, host, { liveSamples: false });
  for (;;) {
    const stop = sim.run(Infinity, 1_000_000);
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((r) => setImmediate(r));
    sim.takeLogs();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const r = sim.report();
  return {
    name: 'sqsThroughput',
    messages,
    deleted: r.queues.q.deleted,
    batches: r.functions.f.Invocations,
    maxConcurrency: r.functions.f.ConcurrentExecutions.max,
    wallSeconds: Math.round(wallSeconds * 1000) / 1000,
    messagesPerWallSecond: Math.round(r.queues.q.deleted / wallSeconds),
  };
}
