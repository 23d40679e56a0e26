// The Runner over a sandbox connection (any MessagePort-like pair): run routing, test invokes,
// validation of everything the sandbox sends, and the watchdog that replaces a stuck sandbox.
import type { Scenario } from '../../engine/scenarioTypes';
import type { TestInvokeResult } from '../../engine/simulationTypes';
import type { RunOptions, Runner, RunUpdate } from '../runner';
import { grantKey, type NetworkGrant } from '../network/networkGrant';
import { parseFromSandbox } from './parseFromSandbox';
import type { CompiledScenario, ToSandbox } from './protocol';

export interface SandboxPort {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface SandboxRunnerDeps {
  /** A fresh sandbox whose network policy (the iframe's CSP) matches `grant` (absent = off). */
  connect(grant?: NetworkGrant): Promise<{ port: SandboxPort; destroy(): void }>;
  compile(scenario: Scenario): Promise<CompiledScenario>;
  heartbeatMs?: number;
  /** No pong for this long: the sandbox is stuck (a loop the instrumentation missed). */
  watchdogMs?: number;
}

const STUCK_MESSAGE =
  'The sandbox stopped responding (handler code may be stuck in a way the sandbox could not interrupt). It was shut down and will be recreated for the next run.';

interface RunEntry {
  onUpdate: (update: RunUpdate) => void;
  started: boolean;
  stopRequested: boolean;
  /** Pause/resume/speed/step asked for while the run was still compiling: sent once it starts. */
  queued: ToSandbox[];
}

export function createSandboxRunner(deps: SandboxRunnerDeps): Runner {
  const heartbeatMs = deps.heartbeatMs ?? 1000;
  // Generous: a busy machine can delay a healthy sandbox's answer by seconds.
  const watchdogMs = deps.watchdogMs ?? 8000;
  let connection: Promise<{ port: SandboxPort; destroy(): void }> | null = null;
  let live: { port: SandboxPort; destroy(): void } | null = null;
  /** The network policy the current sandbox was created with: a run needing another one gets a new sandbox. */
  let connectedGrant: NetworkGrant | undefined;
  let nextRunId = 1;
  let currentRunId = 0;
  let nextCallId = 1;
  let pingSeq = 0;
  let lastPongMs = 0;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  const runs = new Map<number, RunEntry>();
  const tests = new Map<number, { resolve: (r: TestInvokeResult) => void; reject: (e: Error) => void }>();

  const now = () => performance.now();

  function failEverything(error: string): void {
    for (const [runId, entry] of runs) {
      runs.delete(runId);
      entry.onUpdate({ status: 'error', nowMs: 0, endMs: 0, samples: [], logs: [], live: null, error });
    }
    for (const [callId, test] of tests) {
      tests.delete(callId);
      test.reject(new Error(error));
    }
  }

  function shutdown(error: string | null): void {
    if (heartbeat !== null) clearInterval(heartbeat);
    heartbeat = null;
    live?.destroy();
    live = null;
    connection = null;
    if (error !== null) failEverything(error);
  }

  function onMessage(data: unknown): void {
    const parsed = parseFromSandbox(data);
    if (!parsed.ok) return shutdown(parsed.error);
    const m = parsed.message;
    lastPongMs = now(); // any message proves the worker's event loop is alive
    if (m.type === 'update') {
      const entry = runs.get(m.runId);
      if (!entry) return;
      const status = m.update.status;
      if (status === 'done' || status === 'stopped' || status === 'error') runs.delete(m.runId);
      entry.onUpdate(m.update);
    } else if (m.type === 'testResult' || m.type === 'testError') {
      const test = tests.get(m.callId);
      if (!test) return;
      tests.delete(m.callId);
      if (m.type === 'testResult') test.resolve(m.result);
      else test.reject(new Error(m.error));
    }
  }

  /**
   * Called before a run or test invoke is registered: a sandbox made for another network policy
   * is replaced (its CSP cannot change). What it was still doing ends as 'stopped'.
   */
  function usePolicy(grant: NetworkGrant | undefined): void {
    if (grantKey(grant) === grantKey(connectedGrant)) return;
    if (connection) {
      for (const [runId, entry] of runs) {
        runs.delete(runId);
        entry.onUpdate({ status: 'stopped', nowMs: 0, endMs: 0, samples: [], logs: [], live: null });
      }
      shutdown('The sandbox was replaced for a run with a different network policy.');
    }
    connectedGrant = grant;
  }

  function connect(): Promise<{ port: SandboxPort; destroy(): void }> {
    if (connection) return connection;
    const pending = deps.connect(connectedGrant).then((conn) => {
      if (connection !== pending) {
        conn.destroy(); // shut down while starting
        throw new Error('The sandbox was shut down.');
      }
      live = conn;
      conn.port.onmessage = (event) => onMessage(event.data);
      lastPongMs = now();
      heartbeat = setInterval(() => {
        // An idle worker always answers, so silence means it is stuck or gone (user code can call
        // close() on it): drop it now, quietly if nothing was waiting, so the next request starts fresh.
        if (now() - lastPongMs > watchdogMs) return shutdown(runs.size > 0 || tests.size > 0 ? STUCK_MESSAGE : null);
        conn.port.postMessage({ v: 1, type: 'ping', seq: ++pingSeq } satisfies ToSandbox);
      }, heartbeatMs);
      return conn;
    });
    connection = pending;
    pending.catch(() => {
      if (connection === pending) connection = null;
    });
    return pending;
  }

  async function post(message: ToSandbox): Promise<void> {
    (await connect()).port.postMessage(message);
  }

  function control(type: 'pause' | 'resume' | 'stop' | 'setSpeed' | 'step', amount = 1): void {
    const runId = currentRunId;
    const entry = runs.get(runId);
    if (!entry) return;
    const message: ToSandbox =
      type === 'setSpeed'
        ? { v: 1, type, runId, speed: amount }
        : type === 'step'
          ? { v: 1, type, runId, ms: amount }
          : { v: 1, type, runId };
    if (!entry.started) {
      if (type === 'stop') entry.stopRequested = true;
      else entry.queued.push(message);
      return;
    }
    live?.port.postMessage(message);
  }

  return {
    start(scenario: Scenario, options: RunOptions, onUpdate: (update: RunUpdate) => void): void {
      const previous = runs.get(currentRunId);
      if (previous && !previous.started) previous.stopRequested = true;
      usePolicy(options.network);
      const runId = nextRunId++;
      currentRunId = runId;
      const entry: RunEntry = { onUpdate, started: false, stopRequested: false, queued: [] };
      runs.set(runId, entry);
      const endMs = (options.durationSeconds ?? scenario.durationSeconds ?? 300) * 1000;
      onUpdate({ status: 'starting', nowMs: 0, endMs, samples: [], logs: [], live: null });
      void (async () => {
        try {
          const compiled = await deps.compile(scenario);
          if (entry.stopRequested) {
            runs.delete(runId);
            onUpdate({ status: 'stopped', nowMs: 0, endMs, samples: [], logs: [], live: null });
            return;
          }
          await post({ v: 1, type: 'start', runId, scenario, compiled, options });
          entry.started = true;
          if (entry.stopRequested) control('stop');
          else for (const queued of entry.queued.splice(0)) live?.port.postMessage(queued);
        } catch (error) {
          if (!runs.has(runId)) return;
          runs.delete(runId);
          onUpdate({ status: 'error', nowMs: 0, endMs, samples: [], logs: [], live: null, error: error instanceof Error ? error.message : String(error) });
        }
      })();
    },
    pause: () => control('pause'),
    resume: () => control('resume'),
    setSpeed: (speed: number) => control('setSpeed', speed),
    step: (ms: number) => control('step', ms),
    stop: () => control('stop'),
    async testInvoke(scenario: Scenario, functionId: string, event: unknown, network?: NetworkGrant): Promise<TestInvokeResult> {
      const compiled = await deps.compile(scenario);
      usePolicy(network);
      // Loaded with the compiler (a lazy chunk in the app), not with this module.
      const { scenarioCodeKey } = await import('../compile/compileScenario');
      const callId = nextCallId++;
      const result = new Promise<TestInvokeResult>((resolve, reject) => tests.set(callId, { resolve, reject }));
      try {
        await post({ v: 1, type: 'testInvoke', callId, codeKey: scenarioCodeKey(scenario), scenario, compiled, functionId, event, ...(network ? { network } : {}) });
      } catch (error) {
        tests.delete(callId);
        throw error;
      }
      return result;
    },
    dispose(): void {
      shutdown('The runner was disposed.');
    },
  };
}
