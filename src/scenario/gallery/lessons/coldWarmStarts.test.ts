import { describe, expect, it } from 'vitest';
import { coldWarmStarts } from './coldWarmStarts';
import { runLesson } from '../testing/runLesson';

describe('lesson: cold and warm starts', () => {
  it('init at module scope is paid once per environment; in the handler, on every call', async () => {
    const r = await runLesson(coldWarmStarts.scenario);
    const once = r.functions.initOnce;
    const every = r.functions.initEveryCall;
    expect(once.Invocations).toBeGreaterThan(500);
    expect(once.ColdStarts).toBeLessThan(10);
    expect(once.InitDuration.avg).toBeCloseTo(450, 0);
    expect(once.Duration.p50).toBeCloseTo(50, 0);
    expect(every.Duration.p50).toBeCloseTo(350, 0);
    expect(every.InitDuration.avg).toBeCloseTo(150, 0);
    expect(every.ConcurrentExecutions.avg).toBeGreaterThan(once.ConcurrentExecutions.avg * 5);
    expect(every.Environments.max).toBeGreaterThan(once.Environments.max);
    // The early burst: requests arriving during the first Init each start an environment.
    expect(r.series?.[0].functions.initOnce.ColdStarts).toBeGreaterThan(1);
    expect(every.ColdStarts).toBeGreaterThan(once.ColdStarts);
  });
});
