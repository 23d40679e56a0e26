// A Runner that does nothing by itself: tests drive it by emitting updates, so store logic is
// checked without workers or an engine.
import type { Scenario } from '../engine/scenarioTypes';
import type { TestInvokeResult } from '../engine/simulationTypes';
import type { RunOptions, Runner, RunUpdate } from '../sandbox/runner';

export interface FakeRunner extends Runner {
  calls: string[];
  started: { scenario: Scenario; options: RunOptions } | null;
  emit(update: Partial<RunUpdate>): void;
  nextTestResult: TestInvokeResult | Error;
}

export function createFakeRunner(): FakeRunner {
  let listener: ((update: RunUpdate) => void) | null = null;
  const fake: FakeRunner = {
    calls: [],
    started: null,
    nextTestResult: {
      statusCode: 200,
      payload: { ok: true },
      logLines: ['START RequestId: r1 Version: $LATEST', 'END RequestId: r1'],
      reportLine: 'REPORT RequestId: r1\tDuration: 100.00 ms',
      durationMs: 100,
    },
    start(scenario, options, onUpdate) {
      fake.calls.push('start');
      fake.started = { scenario, options };
      listener = onUpdate;
    },
    pause: () => void fake.calls.push('pause'),
    resume: () => void fake.calls.push('resume'),
    setSpeed: (speed) => void fake.calls.push(`setSpeed:${speed}`),
    step: (ms) => void fake.calls.push(`step:${ms}`),
    stop: () => void fake.calls.push('stop'),
    dispose: () => void fake.calls.push('dispose'),
    async testInvoke(_scenario, functionId, _event, network) {
      fake.calls.push(`testInvoke:${functionId}${network?.kind === 'on' ? ':network' : ''}`);
      const result = fake.nextTestResult;
      if (result instanceof Error) throw result;
      return result;
    },
    emit(update) {
      listener?.({
        status: 'running',
        nowMs: 0,
        endMs: 300_000,
        samples: [],
        logs: [],
        live: null,
        ...update,
      });
    },
  };
  return fake;
}
