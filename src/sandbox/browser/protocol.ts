// The message protocol between the app and the sandbox worker (inside the sandboxed iframe).
// Versioned; everything coming FROM the sandbox is untrusted and validated (parseFromSandbox.ts).
// No runtime dependencies here: the worker bundle imports this file.
import type { Scenario } from '../../engine/scenarioTypes';
import type { TestInvokeResult } from '../../engine/simulationTypes';
import type { CompiledFiles } from '../compile/compiledTypes';
import type { NetworkGrant } from '../network/networkGrant';
import type { RunOptions, RunUpdate } from '../runner';
import type { WireRunUpdate } from './runUpdateWire';

export const PROTOCOL_VERSION = 1;

/** Compiled code per function id, produced on the app side with esbuild-wasm. */
export type CompiledScenario = Record<string, CompiledFiles>;

export type ToSandbox =
  | { v: 1; type: 'start'; runId: number; scenario: Scenario; compiled: CompiledScenario; options: RunOptions }
  | { v: 1; type: 'pause' | 'resume' | 'stop'; runId: number }
  | { v: 1; type: 'setSpeed'; runId: number; speed: number }
  | { v: 1; type: 'step'; runId: number; ms: number }
  | {
      v: 1;
      type: 'testInvoke';
      callId: number;
      /** Same key = same code and settings: the warm test simulation is reused. */
      codeKey: string;
      scenario: Scenario;
      compiled: CompiledScenario;
      functionId: string;
      event: unknown;
      /** Absent = off. Part of the warm test simulation's identity, like codeKey. */
      network?: NetworkGrant;
    }
  | { v: 1; type: 'ping'; seq: number };

export type FromSandbox =
  | { v: 1; type: 'ready' }
  | { v: 1; type: 'update'; runId: number; update: RunUpdate }
  | { v: 1; type: 'testResult'; callId: number; result: TestInvokeResult }
  | { v: 1; type: 'testError'; callId: number; error: string }
  | { v: 1; type: 'pong'; seq: number };

/** What the worker posts: FromSandbox with each update's record arrays as column batches
 * (runUpdateWire.ts); parseFromSandbox turns it back into FromSandbox. */
export type WireFromSandbox = Exclude<FromSandbox, { type: 'update' }> | { v: 1; type: 'update'; runId: number; update: WireRunUpdate };

/** The worker trusts the app more, but still refuses what it cannot act on. */
export function isToSandbox(data: unknown): data is ToSandbox {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { v?: unknown; type?: unknown };
  return m.v === PROTOCOL_VERSION && typeof m.type === 'string';
}
