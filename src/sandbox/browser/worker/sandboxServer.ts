// The sandbox worker's side of the protocol: runs the engine and the handler runtime together,
// paced to wall time, and reports RunUpdates about ten times a second.
import type { Scenario } from '../../../engine/scenarioTypes';
import type { Simulation, SimulationOptions, TestInvokeResult } from '../../../engine/simulationTypes';
import type { HandlerHost } from '../../../engine/handlerHost';
import { SandboxHost } from '../../runtime/sandboxHost';
import type { RunStatus, RunUpdate } from '../../runner';
import { isToSandbox, type CompiledScenario, type ToSandbox, type WireFromSandbox } from '../protocol';
import { encodeRunUpdate } from '../runUpdateWire';
import { RunPacer } from './runPacer';
import { JOURNAL_ENTRIES_PER_TAKE } from '../../../engine/journal';
import { grantForRun, grantKey, type NetworkGrant } from '../../network/networkGrant';

export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface ServerDeps {
  createSimulation(scenario: Scenario, host: HandlerHost, options?: SimulationOptions): Simulation;
  realNow(): number;
  /** A macrotask soon (MessageChannel in the worker: setTimeout(0) is clamped to 4 ms). */
  soon(fn: () => void): void;
  later(fn: () => void, ms: number): void;
}

// A little over ten updates a second (the tick that sends one comes every few ms to 16 ms), so
// live charts refresh at 10 Hz or more (issue 6).
const UPDATE_EVERY_MS = 80;
const FRAME_MS = 16;
const LIVE_LOG_BUFFER = 2000;

interface ActiveRun {
  runId: number;
  pacer: RunPacer;
  sim: Simulation;
  lastFlushMs: number;
  lastDataMs: number;
  over: boolean;
  scheduled: boolean;
  /** Virtual ms per wall ms of the last fast chunk (0: not measured yet). */
  fastRate: number;
  /** Virtual seconds the journal entries and log lines of the last update spanned (Infinity: all since the one before). */
  journalWindowS: number;
  logWindowS: number;
}

/** No grant in the message: off, saying why (the scenario may ask, but this path never asks the user). */
function hostFor(scenario: Scenario, compiled: CompiledScenario, network: NetworkGrant | undefined): SandboxHost {
  return new SandboxHost({ compiledFor: (spec) => compiled[spec.functionId] ?? {}, network: network ?? grantForRun(scenario, false, 'not-offered') });
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const MAX_SAMPLES_PER_UPDATE = 3600;
// As fast as possible an update is a progress report: copying an hour of seconds (and the
// journal) ten times a second, and the page decoding it, took a third of a 900k-invocation run.
const FAST_UPDATE_EVERY_MS = 250;
// A fast update sends only the newest seconds, journal entries and log lines, so older ones are
// not kept at all (skipBefore): the skip ends this fraction of a window earlier than the update
// needs, so a slower stretch still fills the window by then. If it does not, the update waits
// for it, at most FAST_UPDATE_EVERY_MS more.
const SKIP_MARGIN = 0.5;
const DATA_EVERY_MS = 1000;
const DATA_ROWS = 50;
// Newest lines only: 400 per update (~5,000 a second) refills the app's 5,000-line ring every
// second, while each update stays small enough to copy and check on the app's main thread
// within a frame (2,000 made a 1,000 requests/s run stutter).
const MAX_LOGS_PER_UPDATE = 400;

/** Virtual seconds a full take spanned; Infinity when it was not full (all since the last take were needed). */
function windowS(entries: readonly { tMs: number }[] | undefined, full: number, nowMs: number): number {
  return entries && entries.length >= full ? (nowMs - entries[0].tMs) / 1000 : Infinity;
}

export function startSandboxServer(port: PortLike, deps: ServerDeps): void {
  let run: ActiveRun | null = null;
  let testSim: { codeKey: string; sim: Simulation } | null = null;
  const send = (m: WireFromSandbox) => port.postMessage(m);
  // Record arrays go as column batches whose buffers are handed over, not copied (runUpdateWire.ts).
  const sendUpdate = (runId: number, u: RunUpdate) => {
    const wire = encodeRunUpdate(u);
    port.postMessage({ v: 1, type: 'update', runId, update: wire.update } satisfies WireFromSandbox, wire.transfer);
  };

  function update(r: ActiveRun, status: RunStatus, extra: Partial<RunUpdate> = {}): void {
    const u: RunUpdate = {
      status,
      nowMs: r.pacer.positionMs(),
      endMs: r.sim.endMs,
      // The app keeps the last hour of seconds and a few thousand log lines: a fast run must not
      // ship (and format) more than that per update.
      samples: r.sim.takeRecentSamples(MAX_SAMPLES_PER_UPDATE),
      logs: r.sim.takeLogs(MAX_LOGS_PER_UPDATE),
      live: r.sim.liveState(),
      environmentEvents: r.sim.takeEnvironmentEvents(),
      traces: r.sim.takeTraceEvents(),
      ...extra,
    };
    r.journalWindowS = Math.max(windowS(u.environmentEvents, JOURNAL_ENTRIES_PER_TAKE, u.nowMs), windowS(u.traces, JOURNAL_ENTRIES_PER_TAKE, u.nowMs));
    r.logWindowS = windowS(u.logs, MAX_LOGS_PER_UPDATE, u.nowMs);
    const now = deps.realNow();
    if (status !== 'running' || now - r.lastDataMs >= DATA_EVERY_MS) {
      u.data = r.sim.dataSnapshot(DATA_ROWS);
      r.lastDataMs = now;
    }
    r.lastFlushMs = deps.realNow();
    sendUpdate(r.runId, u);
  }

  function end(r: ActiveRun, status: 'done' | 'stopped' | 'error', error?: unknown): void {
    if (r.over) return;
    r.over = true;
    try {
      if (status === 'error') update(r, 'error', { error: message(error) });
      else update(r, status, { report: r.sim.report() });
    } catch (e) {
      sendUpdate(r.runId, { status: 'error', nowMs: 0, endMs: 0, samples: [], logs: [], live: null, error: message(e) });
    }
    if (run === r) run = null;
  }

  function schedule(r: ActiveRun, delayMs: number): void {
    if (r.scheduled) return;
    r.scheduled = true;
    const go = () => {
      r.scheduled = false;
      tick(r);
    };
    if (delayMs > 0) deps.later(go, delayMs);
    else deps.soon(go);
  }

  /** Before a fast chunk: the seconds, journal entries and log lines the next update will not send need not be kept. */
  function skipUnsent(r: ActiveRun, nowWallMs: number): void {
    const untilUpdateMs = Math.max(0, r.lastFlushMs + FAST_UPDATE_EVERY_MS - nowWallMs);
    const expectedSecond = Math.min(r.sim.endMs / 1000, Math.floor((r.sim.nowMs + r.fastRate * untilUpdateMs) / 1000));
    const before = (windowSeconds: number) => expectedSecond - Math.ceil((1 + SKIP_MARGIN) * windowSeconds);
    r.sim.skipBefore(before(MAX_SAMPLES_PER_UPDATE), before(r.journalWindowS), before(r.logWindowS));
  }

  function complete(r: ActiveRun): boolean {
    return r.sim.secondsUntilSamplesComplete() === 0 && r.sim.journalComplete() && r.sim.logsComplete(MAX_LOGS_PER_UPDATE);
  }

  function tick(r: ActiveRun): void {
    if (r.over || run !== r || (r.pacer.paused && !r.pacer.stepping)) return;
    const fast = r.pacer.speed === Infinity && !r.pacer.paused;
    const wallBeforeMs = deps.realNow();
    const simBeforeMs = r.sim.nowMs;
    if (fast) skipUnsent(r, wallBeforeMs);
    let result;
    try {
      result = r.pacer.step();
    } catch (error) {
      return end(r, 'error', error);
    }
    if (result === 'done') return end(r, 'done');
    if (result === 'stepped') return update(r, 'paused');
    const nowWallMs = deps.realNow();
    if (fast && nowWallMs > wallBeforeMs) r.fastRate = (r.sim.nowMs - simBeforeMs) / (nowWallMs - wallBeforeMs);
    const sinceUpdateMs = nowWallMs - r.lastFlushMs;
    if (fast) {
      if (sinceUpdateMs >= 2 * FAST_UPDATE_EVERY_MS || (sinceUpdateMs >= FAST_UPDATE_EVERY_MS && complete(r))) update(r, 'running');
    } else if (sinceUpdateMs >= (r.pacer.speed === Infinity ? FAST_UPDATE_EVERY_MS : UPDATE_EVERY_MS)) update(r, 'running');
    schedule(r, result === 'waiting' ? FRAME_MS : 0);
  }

  /**
   * Pause; a fast run first runs on (as fast as possible) until the newest seconds and journal
   * entries its paused view shows are recorded again (skipped ones are gone).
   */
  function pause(r: ActiveRun): void {
    let missingS = 0;
    if (r.pacer.speed === Infinity && !complete(r)) {
      const journalS = r.sim.journalComplete() ? 0 : Math.ceil(r.journalWindowS);
      const logS = r.sim.logsComplete(MAX_LOGS_PER_UPDATE) ? 0 : Math.ceil(r.logWindowS);
      missingS = Math.max(r.sim.secondsUntilSamplesComplete(), journalS, logS);
    }
    r.pacer.pause();
    r.sim.skipBefore(0);
    if (missingS === 0 || !Number.isFinite(missingS)) return update(r, 'paused');
    r.pacer.advance(missingS * 1000);
    schedule(r, 0);
  }

  function start(m: Extract<ToSandbox, { type: 'start' }>): void {
    if (run) end(run, 'stopped');
    const options: SimulationOptions = { maxBufferedLogs: LIVE_LOG_BUFFER, maxPendingSamples: MAX_SAMPLES_PER_UPDATE, journal: true };
    if (m.options.seed !== undefined) options.seed = m.options.seed;
    if (m.options.durationSeconds !== undefined) options.durationSeconds = m.options.durationSeconds;
    let sim: Simulation;
    try {
      sim = deps.createSimulation(m.scenario, hostFor(m.scenario, m.compiled, m.options.network), options);
    } catch (error) {
      sendUpdate(m.runId, { status: 'error', nowMs: 0, endMs: 0, samples: [], logs: [], live: null, error: message(error) });
      return;
    }
    const r: ActiveRun = { runId: m.runId, sim, pacer: new RunPacer(sim, m.options.speed, deps.realNow), lastFlushMs: 0, lastDataMs: -Infinity, over: false, scheduled: false, fastRate: 0, journalWindowS: Infinity, logWindowS: Infinity };
    run = r;
    update(r, 'running');
    schedule(r, 0);
  }

  function testInvoke(m: Extract<ToSandbox, { type: 'testInvoke' }>): void {
    let result: TestInvokeResult | null = null;
    try {
      const key = `${m.codeKey}\u0000${grantKey(m.network)}`;
      if (!testSim || testSim.codeKey !== key) {
        const sim = deps.createSimulation(m.scenario, hostFor(m.scenario, m.compiled, m.network), { trafficOff: true, durationSeconds: 1e9, maxBufferedLogs: 100 });
        testSim = { codeKey: key, sim };
      }
      const sim = testSim.sim;
      sim.testInvoke(m.functionId, m.event, (r) => {
        result = r;
      });
      const drive = () => {
        try {
          while (result === null) {
            // One event at a time: stop as soon as the invoke completes, so virtual time does not
            // run on to later events (the warm environment must stay warm for the next test).
            const stop = sim.run(Infinity, 1);
            sim.takeLogs();
            if (stop === 'yield') return deps.soon(drive);
            if (result === null && stop !== 'budget') throw new Error('the test invocation did not complete');
          }
          send({ v: 1, type: 'testResult', callId: m.callId, result });
        } catch (error) {
          testSim = null;
          send({ v: 1, type: 'testError', callId: m.callId, error: message(error) });
        }
      };
      drive();
    } catch (error) {
      testSim = null;
      send({ v: 1, type: 'testError', callId: m.callId, error: message(error) });
    }
  }

  port.onmessage = (event) => {
    const m = event.data;
    if (!isToSandbox(m)) return;
    switch (m.type) {
      case 'ping':
        return send({ v: 1, type: 'pong', seq: m.seq });
      case 'start':
        return start(m);
      case 'testInvoke':
        return testInvoke(m);
    }
    const r = run;
    if (!r || r.runId !== m.runId) return;
    if (m.type === 'stop') return end(r, 'stopped');
    if (m.type === 'pause' && !r.pacer.paused) return pause(r);
    if (m.type === 'resume' && r.pacer.paused) {
      r.pacer.resume();
      update(r, 'running');
      return schedule(r, 0);
    }
    if (m.type === 'setSpeed' && typeof m.speed === 'number' && m.speed > 0) {
      r.pacer.setSpeed(m.speed);
      // Every second of a paced run is sent.
      if (m.speed !== Infinity) r.sim.skipBefore(0);
    }
    if (m.type === 'step' && r.pacer.paused && typeof m.ms === 'number' && m.ms > 0) {
      r.pacer.advance(m.ms);
      schedule(r, 0);
    }
  };
  send({ v: 1, type: 'ready' });
}
