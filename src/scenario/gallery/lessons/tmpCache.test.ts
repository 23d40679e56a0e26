import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/scenarioTypes';
import { tmpCache } from './tmpCache';
import { runLessonWithLogs } from '../testing/runLesson';

async function downloads(scenario: Scenario) {
  const { report, logs } = await runLessonWithLogs(scenario);
  const lines = logs.filter((l) => l.functionId === 'scorer' && l.line.includes('model loaded from'));
  return {
    report,
    downloaded: lines.filter((l) => l.line.endsWith('a download')).length,
    total: lines.length,
  };
}

describe('lesson: /tmp as a cache', () => {
  it('downloads once per environment; warm requests read /tmp', async () => {
    const { report, downloaded, total } = await downloads(tmpCache.scenario);
    const f = report.functions.scorer;
    expect(f.Errors).toBe(0);
    expect(total).toBe(f.Invocations);
    expect(downloaded).toBe(f.ColdStarts);
    expect(downloaded).toBeLessThan(total / 10);
    expect(f.Duration.p50).toBe(0);
    expect(f.Duration.max).toBeCloseTo(800, 0);
  });

  it('"try this": more traffic, more environments, more downloads', async () => {
    const busier: Scenario = {
      ...tmpCache.scenario,
      nodes: tmpCache.scenario.nodes.map((n) =>
        n.kind === 'client' ? { ...n, traffic: { pattern: 'poisson', ratePerSecond: 20 } } : n,
      ),
    };
    const base = await downloads(tmpCache.scenario);
    const busy = await downloads(busier);
    expect(busy.downloaded).toBe(busy.report.functions.scorer.ColdStarts);
    expect(busy.downloaded).toBeGreaterThan(base.downloaded);
  });
});
