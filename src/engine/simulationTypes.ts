import type { LogRecord, Report, SecondSample } from './reportTypes';
import type { EnvironmentEvent, TraceEvent } from './journal';
import type { DataSnapshot } from './services/dataSnapshot';

export type { EnvironmentEvent, TraceEvent } from './journal';
export type { DataSnapshot } from './services/dataSnapshot';

export interface SimulationOptions {
  /** Overrides scenario.seed. */
  seed?: number;
  /** Overrides scenario.durationSeconds. */
  durationSeconds?: number;
  /** Keep every SecondSample for report().series (the CLI's --series). */
  keepSeries?: boolean;
  /** Build per-second samples for takeSamples() (a live UI); default true. Headless runs turn it off. */
  liveSamples?: boolean;
  /**
   * Samples kept for takeSamples() between calls; older ones are dropped. A reader that only
   * shows the last N seconds (the live UI) sets N: a fast run then does not keep (and later
   * garbage-collect) thousands of seconds nobody will read.
   */
  maxPendingSamples?: number;
  /** Log slots kept for takeLogs() between calls (a line each, or an END with its REPORT); older ones are dropped (bounded memory). */
  maxBufferedLogs?: number;
  /** Clients do not generate traffic (the Test tab's simulation). */
  trafficOff?: boolean;
  /** Record environment lifecycle and request/message lineage for the UI (bounded). */
  journal?: boolean;
  /** Called for every record delivered to a destination or dead-letter target. */
  onDelivery?: (delivery: Delivery) => void;
}

export interface Delivery {
  tMs: number;
  fromFunctionId: string;
  targetId: string;
  kind: 'onSuccess' | 'onFailure' | 'deadLetter';
  /** A destination record (AWS's shape) or, for a dead-letter queue, the original event. */
  body: unknown;
  delivered: boolean;
}

export type RunStop = 'done' | 'reached' | 'budget' | 'yield';

export interface FunctionLiveState {
  busy: number;
  idle: number;
  initializing: number;
  reservedConcurrency: number | null;
  provisionedConcurrency: number;
  provisionedBusy: number;
  provisionedIdle: number;
}

export interface LiveState {
  nowMs: number;
  functions: Record<string, FunctionLiveState>;
  accountBusy: number;
  accountLimit: number;
}

export interface TestInvokeResult {
  /** What the Invoke API returns: 200 (also for function errors), 429 when throttled. */
  statusCode: number;
  functionError?: 'Unhandled';
  payload: unknown;
  logLines: string[];
  reportLine: string;
  durationMs: number;
  initDurationMs?: number;
}

export interface Simulation {
  readonly nowMs: number;
  readonly endMs: number;
  /**
   * Process events with time <= untilMs (capped at endMs), at most maxEvents of them.
   * 'yield': the host has external work pending; await a macrotask, then call run() again.
   */
  run(untilMs: number, maxEvents?: number): RunStop;
  isDone(): boolean;
  /** Completed simulated seconds since the last call, in order. */
  takeSamples(): SecondSample[];
  /** Log lines since the last call (bounded); with `max`, only the newest max lines. */
  takeLogs(max?: number): LogRecord[];
  /** Completed seconds since the last call, at most the newest `max` of them. */
  takeRecentSamples(max: number): SecondSample[];
  /**
   * The reader takes no sample before `second` (one not closed yet), no journal entry before
   * `journalSecond` and no log line before `logSecond`: those seconds close without building a
   * sample, as in a headless run, and the journal and log buffer keep nothing before their
   * seconds. For a reader that takes only the newest seconds, entries and lines and can time its
   * takes (a fast live run). The run's last maxPendingSamples seconds are always built; with
   * keepSeries every second is.
   */
  skipBefore(second: number, journalSecond?: number, logSecond?: number): void;
  /**
   * Seconds still to close before a take of the newest maxPendingSamples returns what it would
   * had nothing been skipped since the last take; 0: it would now.
   */
  secondsUntilSamplesComplete(): number;
  /** Whether the journal's takes would now return what they would had nothing been skipped. */
  journalComplete(): boolean;
  /** Whether takeLogs(max) would now return what it would had nothing been skipped. */
  logsComplete(max: number): boolean;
  liveState(): LiveState;
  /** Environment lifecycle events since the last call (needs options.journal). */
  takeEnvironmentEvents(): EnvironmentEvent[];
  /** Request and message lineage steps since the last call (needs options.journal). */
  takeTraceEvents(): TraceEvent[];
  /** What the simulated services hold now, at most `limit` entries per resource. */
  dataSnapshot(limit?: number): DataSnapshot;
  report(): Report;
  /** A console-style synchronous Invoke of one function at the current time. */
  testInvoke(functionId: string, event: unknown, onDone: (result: TestInvokeResult) => void): void;
  /** The UI's "Send" button for a client with the 'manual' pattern (or any client). */
  sendFromClient(clientId: string): void;
}
