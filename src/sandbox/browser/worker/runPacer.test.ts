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

  it('steps a paused run by exactly the asked virtual time, wherever wall time is, and stays paused', () => {
    const clock = { wallMs: 0 };
    const { sim } = fakeSim(clock, 10, 0, 5000);
    const pacer = new RunPacer(sim, 1, () => clock.wallMs);
    pacer.pause();
    clock.wallMs = 60_000;
    expect(pacer.step()).toBe('waiting');
    expect(sim.nowMs).toBe(0);
    pacer.advance(1000);
    pacer.advance(500); // a second click before the first step finished adds up
    expect(pacer.step()).toBe('stepped');
    expect(sim.nowMs).toBe(1500);
    expect(pacer.positionMs()).toBe(1500);
    expect(pacer.paused).toBe(true);
    expect(pacer.step()).toBe('waiting');
    pacer.advance(10_000); // never past the end
    expect(pacer.step()).toBe('done');
    expect(sim.nowMs).toBe(5000);
  });

  it('ignores a step while running, and resuming after a step continues from the step', () => {
    const clock = { wallMs: 0 };
    const { sim } = fakeSim(clock, 10, 0);
    const pacer = new RunPacer(sim, 1, () => clock.wallMs);
    pacer.advance(1000);
    expect(pacer.stepping).toBe(false);
    pacer.pause();
    pacer.advance(1000);
    pacer.step();
    pacer.resume();
    clock.wallMs += 100;
    pacer.step();
    expect(sim.nowMs).toBe(1100);
  });
});
