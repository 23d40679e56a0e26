import { describe, expect, it } from 'vitest';
import type { SecondSample } from '../engine/reportTypes';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { SAMPLE_CAP } from './appState';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';
import { runHistoryOf } from './runHistoryStore';

function second(t: number, throttles = 0, busy = 1): SecondSample {
  return {
    t,
    queues: {},
    functions: {
      hello: {
        Invocations: 5,
        Errors: 0,
        Throttles: throttles,
        Retries: 0,
        ColdStarts: t === 0 ? 1 : 0,
        ConcurrentExecutions: busy,
        Environments: 2,
        AsyncEventsReceived: 0,
        AsyncEventsDropped: 0,
      },
    },
  };
}

function setup() {
  const runner = createFakeRunner();
  const app = createAppStore({ createRunner: () => runner, parseScenario, initialScenario: helloColdStarts });
  const history = runHistoryOf(app);
  app.getState().start();
  return { runner, app, history };
}

describe('run history store', () => {
  it('keeps the whole run after the app store has dropped its oldest seconds', () => {
    const { runner, app, history } = setup();
    const total = SAMPLE_CAP + 500;
    for (let t = 0; t < total; t += 100)
      runner.emit({ samples: Array.from({ length: 100 }, (_, i) => second(t + i, 1)) });
    expect(app.getState().samples[0].t).toBe(500);
    const h = history.getState().history;
    expect(h.firstT).toBe(0);
    expect(h.lastT).toBe(total - 1);
    expect(h.totals.hello.Throttles).toBe(total);
  });

  it('scrubbing computes the moment once: busy of that second, counters through it', () => {
    const { runner, history } = setup();
    runner.emit({ samples: [second(0, 0, 1), second(1, 2, 7), second(2, 3, 4)] });
    history.getState().scrubTo(0, 1);
    const s = history.getState();
    expect(s.live).toBe(false);
    expect(s.moment?.functions.hello.busy).toBe(7);
    expect(s.moment?.functions.hello.sums.Throttles).toBe(2);
    expect(s.moment?.functions.hello.sums.ColdStarts).toBe(1);
    // Later seconds do not move a chosen moment.
    runner.emit({ samples: [second(3, 9, 9)] });
    expect(history.getState().moment?.functions.hello.sums.Throttles).toBe(2);
    history.getState().goLive();
    expect(history.getState().live).toBe(true);
  });

  it('clamps the window to what was recorded', () => {
    const { runner, history } = setup();
    runner.emit({ samples: [second(0), second(1), second(2)] });
    history.getState().scrubTo(-5, 99);
    expect([history.getState().fromS, history.getState().toS]).toEqual([0, 2]);
  });

  it('reset clears the history and returns to live', () => {
    const { runner, app, history } = setup();
    runner.emit({ samples: [second(0), second(1)] });
    history.getState().scrubTo(0, 0);
    app.getState().reset();
    expect(history.getState().history.lastT).toBe(-1);
    expect(history.getState().live).toBe(true);
  });
});
