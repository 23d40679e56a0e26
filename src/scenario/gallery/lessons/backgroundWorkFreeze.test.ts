import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../engine/reportTypes';
import { backgroundWorkFreeze } from './backgroundWorkFreeze';
import { runLessonWithLogs } from '../testing/runLesson';

function analyticsLines(logs: LogRecord[], functionId: string) {
  return logs
    .filter((l) => l.functionId === functionId && l.line.includes('analytics sent for '))
    .map((l) => ({ tMs: l.tMs, loggedIn: l.requestId, about: /analytics sent for (\S+)/.exec(l.line)?.[1] }));
}

const starts = (logs: LogRecord[], functionId: string) =>
  logs.filter((l) => l.functionId === functionId && l.line.startsWith('START'));

describe('lesson: background work leaks across a freeze', () => {
  it('un-awaited work runs inside the next request; awaited work inside its own', async () => {
    const { report, logs } = await runLessonWithLogs(backgroundWorkFreeze.scenario);
    expect(report.functions.fireAndForget.Environments.max).toBe(1);

    const leaked = analyticsLines(logs, 'fireAndForget');
    const requests = starts(logs, 'fireAndForget').length;
    expect(requests).toBeGreaterThan(4);
    // Every request but the last sends its analytics during the next one; the last never does.
    expect(leaked).toHaveLength(requests - 1);
    for (const line of leaked) {
      expect(line.loggedIn).not.toBe(line.about);
      expect(line.loggedIn).not.toBeNull();
    }
    expect(leaked[0].tMs).toBeGreaterThanOrEqual(5000);

    const awaited = analyticsLines(logs, 'awaited');
    expect(awaited).toHaveLength(starts(logs, 'awaited').length);
    for (const line of awaited) expect(line.loggedIn).toBe(line.about);
    expect(report.functions.awaited.Duration.p50).toBeCloseTo(200, 0);
    expect(report.functions.fireAndForget.Duration.p50).toBeLessThan(5);
  });
});
