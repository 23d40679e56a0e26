// The page half of `npm run bench environmentScale`:
// 1. memory: the real sandboxed runner holds `count` concurrent environments of one function;
//    at the peak the page pauses the run and waits while the Node side measures the tab
//    (window.__phase = 'peak'), then finishes the run and checks every environment kept its
//    own module state (stateScenario);
// 2. creation time: the same in-thread runtime (SandboxHost) in a plain module worker, timing
//    createEnvironment (everything before the user's module code runs) and, separately, init.
import type { Report } from '../../src/engine/reportTypes';
import type { Scenario } from '../../src/engine/scenarioTypes';
import { createBrowserRunner } from '../../src/sandbox/browser/createBrowserRunner';
import type { Runner } from '../../src/sandbox/runner';
import { compileScenarioInBrowser } from '../../src/sandbox/browser/compileInBrowser';
import { stateScenario } from '../scenarios';

type BenchWindow = Window & { __phase?: string; __continue?: () => void; __benchResult?: unknown };
const w = window as BenchWindow;

function waitForNode(phase: string): Promise<void> {
  return new Promise((resolve) => {
    w.__continue = resolve;
    w.__phase = phase;
  });
}

/** Runs the scenario; when `busy` environments are live it pauses and lets Node measure. */
function runWithPeak(runner: Runner, scenario: Scenario, busy: number, phase: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    let measured = false;
    runner.start(scenario, { speed: 5 }, (update) => {
      const live = update.live?.functions.f;
      if (!measured && live && live.busy >= busy) {
        measured = true;
        runner.pause();
        void waitForNode(phase).then(() => {
          runner.setSpeed(Infinity);
          runner.resume();
        });
      }
      if (update.status === 'done' && update.report) resolve(update.report);
      else if (update.status === 'error') reject(new Error(update.error));
    });
  });
}

async function creationTimes(count: number) {
  const compiled = await compileScenarioInBrowser(stateScenario(count));
  const worker = new Worker(new URL('./environmentWorker.ts', import.meta.url), { type: 'module' });
  const result = await new Promise<Record<string, unknown>>((resolve) => {
    worker.onmessage = (e: MessageEvent) => resolve(e.data as Record<string, unknown>);
    worker.postMessage({ compiled: compiled.f, count });
  });
  worker.terminate();
  return result;
}

async function main() {
  const count = Number(new URLSearchParams(location.search).get('count') ?? 1000);
  // One runner: both measurements see the same sandbox iframe and worker.
  const runner = createBrowserRunner();
  const one = await runWithPeak(runner, stateScenario(1), 1, 'baseline');
  const many = await runWithPeak(runner, stateScenario(count), count, 'peak');
  runner.dispose();
  const f = many.functions.f;
  const creation = await creationTimes(count);
  w.__benchResult = {
    count,
    baselineRun: { invocations: one.functions.f.Invocations, errors: one.functions.f.Errors },
    stateCheck: {
      invocations: f.Invocations,
      coldStarts: f.ColdStarts,
      errors: f.Errors,
      environmentsMax: f.Environments.max,
      // Every environment served exactly one request per round and saw its own count.
      ownModuleState: f.Invocations === 2 * count && f.ColdStarts === count && f.Errors === 0,
    },
    creation,
  };
  (document.getElementById('out') as HTMLElement).textContent = JSON.stringify(w.__benchResult, null, 2);
}

main().catch((error: unknown) => {
  w.__benchResult = { error: String(error) };
});
