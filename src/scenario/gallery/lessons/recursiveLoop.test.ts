import { describe, expect, it } from 'vitest';
import { recursiveLoop } from './recursiveLoop';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: recursive loop detection', () => {
  it('Lambda stops the loop after about 16 invocations; the message ends in the DLQ', async () => {
    const r = await runLesson(recursiveLoop.scenario);
    const relay = r.functions.relay;
    expect(relay.RecursiveInvocationsDropped).toBeGreaterThanOrEqual(1);
    expect(relay.Invocations).toBeGreaterThanOrEqual(14);
    expect(relay.Invocations).toBeLessThanOrEqual(18);
    expect(r.queues.jobsDlq.visible).toBe(1);
  });

  it('"try this": with Allow the loop never ends', async () => {
    const r = await runLesson(withFunction(recursiveLoop.scenario, 'relay', { recursiveLoop: 'Allow' }), {
      durationSeconds: 40,
    });
    expect(r.functions.relay.RecursiveInvocationsDropped).toBe(0);
    expect(r.functions.relay.Invocations).toBeGreaterThan(100);
  });
});
