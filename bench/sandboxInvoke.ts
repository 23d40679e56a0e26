// Sandbox micro benchmark: per-invoke and per-environment cost of the in-thread runtime, and
// the whole engine on the co-simulation workload of stack-notes.md. Prints JSON.
// Run: npx tsx bench/sandboxInvoke.ts   (add --expose-gc via NODE_OPTIONS for steadier bytes)
// Per-invoke and per-environment figures are CPU µs of this process (user + system).
import type { EnvironmentKernel, InvokeOutcome } from '../src/engine/handlerHost';
import type { Scenario } from '../src/engine/scenarioTypes';
import { createSimulation } from '../src/engine/createSimulation';
import { createNodeHost } from '../src/sandbox/node/createNodeHost';
import { testSpec } from '../src/sandbox/testing/testDriver';

const HANDLER = 'export const handler = async () => { await new Promise((r) => setTimeout(r, 100)); return { ok: true }; };';
const files = { 'index.mjs': HANDLER };
const gc = (globalThis as { gc?: () => void }).gc;

async function invokeLoop(invokes: number, cpu: 'ignored' | 'measured' = 'ignored'): Promise<number> {
  const host = await createNodeHost();
  let wakeAt = Infinity;
  let done: InvokeOutcome | null = null;
  const kernel: EnvironmentKernel = {
    initDone: () => undefined,
    invokeDone: (_at, outcome) => {
      done = outcome;
    },
    requestWake: (at) => {
      wakeAt = at;
    },
    log: () => undefined,
    callService: () => undefined,
  };
  const env = host.createEnvironment(testSpec(files, { cpu }), kernel);
  env.init(0);
  let now = 0;
  const request = { requestId: 'r', event: {}, deadlineMs: 0, invokedFunctionArn: 'arn' };
  const run = (n: number) => {
    for (let i = 0; i < n; i++) {
      done = null;
      request.deadlineMs = now + 3000;
      env.invoke(now, request);
      while (done === null) {
        now = wakeAt;
        wakeAt = Infinity;
        env.wake(now);
      }
      now += 1000;
    }
  };
  run(20_000); // warm up the JIT
  // CPU time, not wall time: on a shared, oversubscribed machine wall time mostly measures the others.
  const cpu0 = process.cpuUsage();
  run(invokes);
  const used = process.cpuUsage(cpu0);
  return (used.user + used.system) / invokes;
}

async function environmentCost(count: number): Promise<{ usPerEnvironment: number; bytesPerEnvironment: number }> {
  const host = await createNodeHost();
  const kernel: EnvironmentKernel = { initDone: () => undefined, invokeDone: () => undefined, requestWake: () => undefined, log: () => undefined, callService: () => undefined };
  const spec = testSpec(files);
  for (let i = 0; i < 2000; i++) host.createEnvironment(spec, kernel).init(0);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep: unknown[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const env = host.createEnvironment({ ...spec, seed: i }, kernel);
    env.init(0);
    keep.push(env);
  }
  const cpuUsed = process.cpuUsage(cpu0);
  const us = (cpuUsed.user + cpuUsed.system) / count;
  gc?.();
  const bytes = (process.memoryUsage().heapUsed - before) / count;
  return { usPerEnvironment: us, bytesPerEnvironment: keep.length > 0 ? Math.round(bytes) : 0 };
}

async function engineWorkload(): Promise<{ invocations: number; wallSeconds: number; cpuSeconds: number }> {
  const scenario: Scenario = {
    version: 1,
    name: 'bench',
    seed: 1,
    durationSeconds: 1_000_000,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond: 0.9 } },
      { id: 'f', kind: 'function', name: 'f', files },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
  const host = await createNodeHost(scenario);
  const sim = createSimulation(scenario, host, { maxBufferedLogs: 1000 });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (sim.run(Infinity, 1_000_000) !== 'done') sim.takeLogs();
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { invocations: sim.report().functions.f.Invocations, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const usPerInvoke = await invokeLoop(300_000);
const usPerInvokeMeasured = await invokeLoop(300_000, 'measured');
const envCost = await environmentCost(20_000);
const engine = process.argv.includes('--no-engine') ? null : await engineWorkload();
console.log(JSON.stringify({ usPerInvoke: Number(usPerInvoke.toFixed(3)), usPerInvokeMeasuredCpu: Number(usPerInvokeMeasured.toFixed(3)), ...envCost, usPerEnvironment: Number(envCost.usPerEnvironment.toFixed(2)), engine }, null, 2));
