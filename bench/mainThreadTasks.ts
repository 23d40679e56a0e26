// Main-thread tasks of a page from a Chrome trace: wall time and thread (CPU) time of each.
// The longtask observer reports wall time only; on a shared 2-core machine a task that waits for
// a core grows with the load of other processes. The trace's thread time (`tdur`) is what the
// task itself used, so the two together tell app work from waiting.
import type { CDPSession } from '@playwright/test';

/** One complete ('X') trace event as Chrome writes it; times in microseconds. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TaskFigures {
  /** Tasks of the page's main thread in the window. */
  tasks: number;
  /** The longest task by wall time, and the CPU time it used. */
  longestWallMs: number;
  longestWallCpuMs: number;
  /** The task that used the most CPU, and its wall time. */
  longestCpuMs: number;
  longestCpuWallMs: number;
  /** Tasks over 50 ms of wall time, and over 50 ms of CPU time. */
  overLimitWall: number;
  overLimitCpu: number;
  /** Main-thread CPU time summed over all tasks. */
  totalCpuMs: number;
}

const LONG_TASK_MS = 50;
// A top-level task of a thread's scheduler, as recent Chromium names it (older: 'RunTask').
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Figures for the busiest renderer main thread ('CrRendererMain'): the page's own when its
 * sandboxed frame shares the process, or is the quieter one when it does not.
 */
export function mainThreadTaskFigures(events: readonly TraceEvent[]): TaskFigures {
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mainThreads.add(`${e.pid}:${e.tid}`);
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  let busiest: TraceEvent[] = [];
  let busiestCpu = -1;
  for (const list of byThread.values()) {
    const cpu = list.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
    if (cpu > busiestCpu) {
      busiestCpu = cpu;
      busiest = list;
    }
  }
  let byWall: TraceEvent | null = null;
  let byCpu: TraceEvent | null = null;
  let overLimitWall = 0;
  let overLimitCpu = 0;
  for (const e of busiest) {
    const wall = (e.dur ?? 0) / 1000;
    const cpu = (e.tdur ?? 0) / 1000;
    if (wall > LONG_TASK_MS) overLimitWall++;
    if (cpu > LONG_TASK_MS) overLimitCpu++;
    if (!byWall || (e.dur ?? 0) > (byWall.dur ?? 0)) byWall = e;
    if (!byCpu || (e.tdur ?? 0) > (byCpu.tdur ?? 0)) byCpu = e;
  }
  return {
    tasks: busiest.length,
    longestWallMs: round1((byWall?.dur ?? 0) / 1000),
    longestWallCpuMs: round1((byWall?.tdur ?? 0) / 1000),
    longestCpuMs: round1((byCpu?.tdur ?? 0) / 1000),
    longestCpuWallMs: round1((byCpu?.dur ?? 0) / 1000),
    overLimitWall,
    overLimitCpu,
    totalCpuMs: Math.round(Math.max(0, busiestCpu) / 1000),
  };
}

/** Starts a trace of top-level tasks (cheap: one event per task, no timeline detail). */
export async function startTaskTrace(
  cdp: CDPSession,
  extraCategories: string[] = [],
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata', ...extraCategories], recordMode: 'recordContinuously' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}
