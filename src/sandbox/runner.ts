// What the app (src/state) uses to run a scenario, wherever the engine and handlers live.
// The browser implementation runs engine + handlers in a sandboxed worker; Node runs them in-process.
import type { Scenario } from '../engine/scenarioTypes';
import type { LogRecord, Report, SecondSample } from '../engine/reportTypes';
import type { NetworkGrant } from './network/networkGrant';
import type { DataSnapshot, EnvironmentEvent, LiveState, TestInvokeResult, TraceEvent } from '../engine/simulationTypes';

export interface RunOptions {
  /** Virtual seconds per wall second; Infinity = as fast as possible. */
  speed: number;
  seed?: number;
  durationSeconds?: number;
  /** Real network for handler fetch in this run (default off); decided per run, never stored. */
  network?: NetworkGrant;
}

export type RunStatus = 'starting' | 'running' | 'paused' | 'done' | 'stopped' | 'error';

export interface RunUpdate {
  status: RunStatus;
  nowMs: number;
  endMs: number;
  /** New completed seconds since the previous update. */
  samples: SecondSample[];
  /** New log lines since the previous update. */
  logs: LogRecord[];
  live: LiveState | null;
  /** Present when status is 'done' or 'stopped'. */
  report?: Report;
  /** Present when status is 'error': a readable message. */
  error?: string;
  /** New environment lifecycle events (timeline) since the previous update. */
  environmentEvents?: EnvironmentEvent[];
  /** New request/message lineage steps since the previous update. */
  traces?: TraceEvent[];
  /** What the simulated services hold (sent about once a second and at the end). */
  data?: DataSnapshot;
}

export interface Runner {
  start(scenario: Scenario, options: RunOptions, onUpdate: (update: RunUpdate) => void): void;
  pause(): void;
  resume(): void;
  setSpeed(speed: number): void;
  /** While paused: run `ms` more of simulated time (not past the end), then stay paused; an
   * update with status 'paused' follows. Ignored while running. */
  step(ms: number): void;
  /** Ends the run; a final update with status 'stopped' follows. */
  stop(): void;
  /** Like the Lambda console's Test tab: one invoke against a warm-kept copy of the function. */
  testInvoke(scenario: Scenario, functionId: string, event: unknown, network?: NetworkGrant): Promise<TestInvokeResult>;
  dispose(): void;
}
