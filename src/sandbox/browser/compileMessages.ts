// Messages between the page and its compile worker (compileWorker.ts). Both sides are the app's
// own code: nothing here comes from the sandbox.
import type { Scenario } from '../../engine/scenarioTypes';
import type { CompiledScenario } from './protocol';

/** A scenario to compile, or (no scenario) only: start esbuild now, so a later compile does not wait for it. */
export type CompileRequest = { id: number; scenario: Scenario } | { id: number; warm: true };

export type CompileReply =
  | { id: number; ok: true; compiled: CompiledScenario }
  | { id: number; ok: false; error: string }
  /** A warm-up finished (failed or not: the next compile says why). */
  | { id: number; warmed: true };
