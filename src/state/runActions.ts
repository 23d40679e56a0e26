import type { StoreApi } from 'zustand/vanilla';
import type { LogRecord } from '../engine/reportTypes';
import type { Runner, RunUpdate } from '../sandbox/runner';
import type { AppDeps } from './appStore';
import {
  DEFAULT_TEST_EVENT,
  LOG_CAP,
  SAMPLE_CAP,
  type AppActions,
  type AppState,
  type LogEntry,
} from './appState';
import { appendCapped } from './appendCapped';
import { addSamplesToTotals, totalsFromReport } from './functionTotals';
import { addObservability, emptyObservability } from './observability';
import { grantForRun, networkRequest } from '../sandbox/network/networkGrant';

/** One Step: a second, the resolution of the charts and the scrubber. */
const STEP_MS = 1000;

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

type RunActions = Pick<
  AppActions,
  'start' | 'pause' | 'resume' | 'step' | 'reset' | 'setSpeed' | 'setTestEvent' | 'testInvoke' | 'answerNetworkPrompt' | 'dispose'
>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createRunActions(set: Set, get: Get, deps: AppDeps): RunActions {
  let runner: Runner | null = null;
  // Updates from a run that was reset (or replaced) may still be in flight; the id drops them.
  let runId = 0;
  let testId = 0;
  let logSeq = 0;

  function numberLogs(records: readonly LogRecord[]): LogEntry[] {
    return records.map((r) => ({ ...r, seq: logSeq++ }));
  }

  // Created on first use, never during render: React StrictMode would create workers twice.
  function ensureRunner(): Runner {
    runner ??= deps.createRunner();
    return runner;
  }

  function applyUpdate(update: RunUpdate) {
    set((s) => ({
      run: {
        ...s.run,
        // A pause requested after the runner produced this batch must not be undone by it.
        status: s.run.status === 'paused' && update.status === 'running' ? 'paused' : update.status,
        nowMs: update.nowMs,
        endMs: update.endMs,
        error: update.error ?? null,
        report: update.report ?? s.run.report,
      },
      samples: appendCapped(s.samples, update.samples, SAMPLE_CAP),
      totals: update.report ? totalsFromReport(update.report) : addSamplesToTotals(s.totals, update.samples),
      logs: appendCapped(s.logs, numberLogs(update.logs), LOG_CAP),
      live: update.live ?? s.live,
      observability: addObservability(s.observability, update),
    }));
  }

  function clearedRun(s: AppState) {
    return {
      run: {
        ...s.run,
        status: 'idle' as const,
        nowMs: 0,
        endMs: (s.scenario.durationSeconds ?? 300) * 1000,
        error: null,
        report: null,
        startedWith: null,
        networkOn: false,
      },
      samples: [],
      totals: {},
      logs: [],
      live: null,
      observability: emptyObservability(),
    };
  }

  return {
    start(network?: boolean) {
      const s = get();
      if (s.run.status === 'paused') return get().resume();
      if (s.run.status === 'starting' || s.run.status === 'running') return;
      const parsed = deps.parseScenario(s.scenario);
      if (!parsed.ok) {
        set({ validationErrors: parsed.errors });
        return;
      }
      if (network === undefined && networkRequest(parsed.scenario)) {
        set({ networkPrompt: { action: 'run' } });
        return;
      }
      const grant = grantForRun(parsed.scenario, network === true);
      const id = ++runId;
      set({ ...clearedRun(s), validationErrors: [], notice: null, networkPrompt: null });
      set((st) => ({ run: { ...st.run, status: 'starting', startedWith: s.scenario, networkOn: grant.kind === 'on' } }));
      try {
        ensureRunner().start(parsed.scenario, { speed: s.run.speed, network: grant }, (update) => {
          if (id === runId) applyUpdate(update);
        });
      } catch (error) {
        set((st) => ({ run: { ...st.run, status: 'error', error: messageOf(error) } }));
      }
    },
    pause() {
      if (!runner || (get().run.status !== 'running' && get().run.status !== 'starting')) return;
      runner.pause();
      set((s) => ({ run: { ...s.run, status: 'paused' } }));
    },
    resume() {
      if (!runner || get().run.status !== 'paused') return;
      runner.resume();
      set((s) => ({ run: { ...s.run, status: 'running' } }));
    },
    step(ms = STEP_MS) {
      const status = get().run.status;
      if (status === 'paused') return runner?.step(ms);
      if (status === 'running' || status === 'starting') return;
      get().start();
      // Not started: the scenario is invalid, or the network prompt is open (its answer runs).
      if (get().run.status !== 'starting') return;
      get().pause();
      runner?.step(ms);
    },
    reset() {
      runId++;
      const status = get().run.status;
      if (runner && (status === 'starting' || status === 'running' || status === 'paused')) runner.stop();
      set((s) => clearedRun(s));
    },
    setSpeed(speed) {
      set((s) => ({ run: { ...s.run, speed } }));
      runner?.setSpeed(speed);
    },
    setTestEvent(functionId, text) {
      set((s) => ({ testEvents: { ...s.testEvents, [functionId]: text } }));
    },
    async testInvoke(functionId, network?: boolean) {
      const s = get();
      const text = s.testEvents[functionId] ?? DEFAULT_TEST_EVENT;
      let event: unknown;
      try {
        event = JSON.parse(text);
      } catch (error) {
        set({
          test: {
            status: 'error',
            functionId,
            result: null,
            error: `Event JSON is not valid: ${messageOf(error)}`,
          },
        });
        return;
      }
      const parsed = deps.parseScenario(s.scenario);
      if (!parsed.ok) {
        set({
          validationErrors: parsed.errors,
          test: {
            status: 'error',
            functionId,
            result: null,
            error: 'The scenario has errors; fix them to invoke.',
          },
        });
        return;
      }
      if (network === undefined && networkRequest(parsed.scenario)) {
        set({ networkPrompt: { action: 'test', functionId } });
        return;
      }
      const grant = grantForRun(parsed.scenario, network === true);
      const id = ++testId;
      set({ test: { status: 'running', functionId, result: null, error: null }, networkPrompt: null });
      try {
        const result = await ensureRunner().testInvoke(parsed.scenario, functionId, event, grant);
        if (id === testId) set({ test: { status: 'done', functionId, result, error: null } });
      } catch (error) {
        if (id === testId)
          set({ test: { status: 'error', functionId, result: null, error: messageOf(error) } });
      }
    },
    answerNetworkPrompt(allow) {
      const prompt = get().networkPrompt;
      set({ networkPrompt: null });
      if (!prompt || allow === null) return;
      if (prompt.action === 'run') get().start(allow);
      else void get().testInvoke(prompt.functionId, allow);
    },
    dispose() {
      runId++;
      runner?.dispose();
      runner = null;
    },
  };
}
