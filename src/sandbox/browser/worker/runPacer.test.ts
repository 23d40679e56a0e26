import { describe, expect, it } from 'vitest';
import type { RunStop, Simulation } from '../../../engine/simulationTypes';
import { RunPacer } from './runPacer';

/** A simulation with an event every `gapMs` of virtual time, each costing `costMs` of wall time. */
function fakeSim(clock: { wallMs: number }, gapMs: number, costMs: number, endMs = 1e9) {
  const calls: number[] = [];
  let nowMs = 0;
  const sim = {
    get nowMs() {
      return nowMs;
    },
    endMs,
    isDone: () => nowMs >= endMs,
    run(untilMs: number, maxEvents = Infinity): RunStop {
      calls.push(maxEvents);
      let n = 0;
      while (nowMs + gapMs <= Math.min(untilMs, endMs)) {
        if (n >= maxEvents) return 'budget';
        nowMs += gapMs;
        clock.wallMs += costMs;
        n++;
      }
      return nowMs + gapMs > endMs ? 'done' : 'reached';
    },
  } as unknown as Simulation;
  return { sim, calls };
}

describe('RunPacer', () => {
  it('follows wall time x speed and waits when caught up', () => {
    const clock = { wallMs: 0 };
    const { sim } = fakeSim(clock, 10, 0);
    const pacer = new RunPacer(sim, 2, () => clock.wallMs);
    clock.wallMs = 100;
    expect(pacer.step()).toBe('waiting');
    expect(sim.nowMs).toBe(200);
    pacer.pause();
    clock.wallMs = 1000;
    expect(pacer.positionMs()).toBe(200);
    pacer.resume();
    clock.wallMs = 1050;
    pacer.step();
    expect(sim.nowMs).toBe(300);
  });

  it('shrinks the events per call when events burn real CPU, so chunks stay short', () => {
    const clock = { wallMs: 0 };
    const { sim, calls } = fakeSim(clock, 1, 50);
    const pacer = new RunPacer(sim, Infinity, () => clock.wallMs);
    for (let i = 0; i < 12; i++) expect(pacer.step()).toBe('chunk');
    expect(calls.at(-1)).toBe(1);
  });
});
