// Times environment creation in the in-thread runtime, in chromium. performance.now() in a page
// that is not cross-origin isolated is coarsened to 100 µs, so environments are timed in batches
// and the per-environment figure is batch time / batch size.
import type { EnvironmentKernel } from '../../src/engine/handlerHost';
import type { CompiledFiles } from '../../src/sandbox/compile/compiledTypes';
import { SandboxHost } from '../../src/sandbox/runtime/sandboxHost';
import { testSpec } from '../../src/sandbox/testing/testDriver';

const BATCH = 20;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

self.onmessage = (e: MessageEvent<{ compiled: CompiledFiles; count: number }>) => {
  const { compiled, count } = e.data;
  const host = new SandboxHost({ compiledFor: () => compiled });
  const kernel: EnvironmentKernel = { initDone: () => undefined, invokeDone: () => undefined, requestWake: () => undefined, log: () => undefined, callService: () => undefined };
  const base = testSpec({ 'index.mjs': '' });
  const envs = [];
  const createMs: number[] = [];
  const initMs: number[] = [];
  const createStarted = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    const t0 = performance.now();
    for (let j = i; j < Math.min(count, i + BATCH); j++) {
      envs.push(host.createEnvironment({ ...base, seed: j, logStreamName: `2026/01/01/[$LATEST]${String(j).padStart(32, '0')}` }, kernel));
    }
    createMs.push((performance.now() - t0) / BATCH);
  }
  const createTotalMs = performance.now() - createStarted;
  for (let i = 0; i < count; i += BATCH) {
    const t0 = performance.now();
    for (let j = i; j < Math.min(count, i + BATCH); j++) envs[j].init(0);
    initMs.push((performance.now() - t0) / BATCH);
  }
  self.postMessage({
    environments: envs.length,
    batchSize: BATCH,
    createMedianMs: round(median(createMs)),
    createMaxBatchMeanMs: round(Math.max(...createMs)),
    createMeanMs: round(createTotalMs / count),
    // The user's module code (top-level) running once per environment: not part of "creation".
    initMedianMs: round(median(initMs)),
  });
};
