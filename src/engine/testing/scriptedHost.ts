import type { EnvironmentSpec, HandlerHost, InvokeOutcome, InvokeRequest, SandboxEnvironment } from '../handlerHost';
import { createRng, exponential } from '../rng';

/** What a scripted handler does for one request: take this long, then answer (or fail). */
export interface ScriptedStep {
  durationMs: number;
  outcome?: InvokeOutcome;
}

export interface ScriptedHostOptions {
  initMs?: number | ((spec: EnvironmentSpec) => number);
  handle: (request: InvokeRequest, env: { id: number; invocations: number; spec: EnvironmentSpec }) => ScriptedStep;
}

/**
 * A HandlerHost without real code, for engine tests against theory: each invocation just takes
 * a chosen (often random, seeded) time. Records what the engine asked of it.
 */
export function createScriptedHost(options: ScriptedHostOptions) {
  const created: EnvironmentSpec[] = [];
  let destroyed = 0;
  let aborted = 0;
  const host: HandlerHost & { created: EnvironmentSpec[]; destroyed: () => number; aborted: () => number } = {
    created,
    destroyed: () => destroyed,
    aborted: () => aborted,
    hasPendingExternalWork: () => false,
    createEnvironment(spec, kernel): SandboxEnvironment {
      created.push(spec);
      const state = { id: created.length, invocations: 0, spec };
      return {
        init(nowMs) {
          const initMs = typeof options.initMs === 'function' ? options.initMs(spec) : (options.initMs ?? 0);
          kernel.initDone(nowMs + initMs, { ok: true });
        },
        invoke(nowMs, request) {
          state.invocations++;
          const step = options.handle(request, state);
          kernel.invokeDone(nowMs + step.durationMs, step.outcome ?? { ok: true, payload: { ok: true } });
        },
        wake() {},
        completeCall() {},
        abort() {
          aborted++;
        },
        destroy() {
          destroyed++;
        },
        estimateMemoryBytes: () => 0,
      };
    },
  };
  return host;
}

/** Exponential handler durations with the given mean, from a seeded stream. */
export function exponentialDurations(meanMs: number, seed = 7): () => ScriptedStep {
  const rng = createRng(seed, 'scripted-durations');
  return () => ({ durationMs: exponential(rng, meanMs) });
}
