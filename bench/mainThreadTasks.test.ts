import { describe, expect, it } from 'vitest';
import { mainThreadTaskFigures, type TraceEvent } from './mainThreadTasks';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, durMs: number, cpuMs: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts: 0,
  dur: durMs * 1000,
  tdur: cpuMs * 1000,
});

describe('mainThreadTaskFigures', () => {
  it('takes the busiest renderer main thread and tells wall time from CPU time', () => {
    const figures = mainThreadTaskFigures([
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'DedicatedWorker thread'),
      thread(2, 20, 'CrRendererMain'),
      // The page: one task waited for a core (130 ms wall, 20 ms CPU), one really worked.
      task(1, 10, 130, 20),
      task(1, 10, 60, 55),
      task(1, 10, 5, 4),
      // A worker's long task is not the main thread's.
      task(1, 11, 400, 390),
      // A quieter renderer (another frame's process).
      task(2, 20, 300, 10),
      // Not a task.
      { name: 'ParseHTML', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 900_000, tdur: 900_000 },
    ]);
    expect(figures).toEqual({
      tasks: 3,
      longestWallMs: 130,
      longestWallCpuMs: 20,
      longestCpuMs: 55,
      longestCpuWallMs: 60,
      overLimitWall: 2,
      overLimitCpu: 1,
      totalCpuMs: 79,
    });
  });

  it('gives zeros when the trace has no main-thread task', () => {
    const figures = mainThreadTaskFigures([thread(1, 10, 'CrRendererMain')]);
    expect(figures.tasks).toBe(0);
    expect(figures.longestWallMs).toBe(0);
    expect(figures.totalCpuMs).toBe(0);
  });
});
