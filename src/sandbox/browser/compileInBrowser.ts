// Compiles handler code off the main thread, in a module worker (compileWorker.ts) running
// esbuild-wasm: the same esbuild version as the native one in Node, so compiled code is identical
// in the CLI and the browser. The worker starts on first use (or warmCompiler) and keeps its compile cache.
import type { Scenario } from '../../engine/scenarioTypes';
import type { CompileReply, CompileRequest } from './compileMessages';
import type { CompiledScenario } from './protocol';

interface Pending {
  resolve: (compiled: CompiledScenario) => void;
  reject: (error: Error) => void;
}

const warming = new Map<number, () => void>();

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  for (const done of warming.values()) done();
  warming.clear();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./compileWorker.ts', import.meta.url), { type: 'module', name: 'compiler' });
  w.onmessage = (event: MessageEvent<CompileReply>) => {
    const m = event.data;
    if ('warmed' in m) {
      warming.get(m.id)?.();
      warming.delete(m.id);
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.compiled);
    else p.reject(new Error(m.error));
  };
  // A worker that failed to load or crashed: fail what waits, start a fresh one next time.
  w.onerror = (event) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = null;
    failAll(`The code compiler stopped: ${event.message || 'its worker failed to start'}`);
  };
  worker = w;
  return w;
}

/**
 * Starts the worker, esbuild and one small throwaway compile. Instantiating and optimizing
 * esbuild's wasm takes seconds of CPU on background threads; done at a first Run, it competed
 * with the page drawing that run (on two cores: main-thread tasks of 50-400 ms in its first seconds).
 */
export function warmCompiler(): Promise<void> {
  const id = ++nextId;
  const w = ensureWorker();
  return new Promise<void>((resolve) => {
    warming.set(id, resolve);
    w.postMessage({ id, warm: true } satisfies CompileRequest);
  });
}

export function compileScenarioInBrowser(scenario: Scenario): Promise<CompiledScenario> {
  const id = ++nextId;
  const w = ensureWorker();
  return new Promise<CompiledScenario>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, scenario } satisfies CompileRequest);
  });
}
