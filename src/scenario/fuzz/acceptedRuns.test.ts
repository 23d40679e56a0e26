import { describe, expect, it } from 'vitest';
import { loadScenario } from '../migrations/loadScenario';
import { lessons } from '../gallery/lessons';
import { runLesson } from '../gallery/testing/runLesson';
import { createRand, mutate } from './fuzzRandom';

// The other half of the fuzz contract: what the loader accepts, the engine runs to the end.
describe('accepted mutants run', () => {
  it('20 accepted mutated scenarios run headless for 2 simulated seconds without throwing', async () => {
    const r = createRand(424242);
    let ran = 0;
    for (let i = 0; i < 5000 && ran < 20; i++) {
      const result = loadScenario(mutate(r, r.pick(lessons).scenario));
      if (!result.ok) continue;
      const report = await runLesson(result.scenario, { durationSeconds: 2 });
      expect(report.simulatedSeconds).toBe(2);
      ran++;
    }
    expect(ran).toBe(20);
  }, 120_000);
});
