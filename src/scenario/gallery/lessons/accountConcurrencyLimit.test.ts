import { describe, expect, it } from 'vitest';
import { accountConcurrencyLimit } from './accountConcurrencyLimit';
import { runLesson, withFunction } from '../testing/runLesson';
import { parseScenario } from '../../parseScenario';

describe('lesson: the account limit and the unreserved floor', () => {
  it('leaves 100 for unreserved functions; reserved seats stay empty rather than be lent', async () => {
    const r = await runLesson(accountConcurrencyLimit.scenario);
    expect(r.functions.nightlyBatch.ConcurrentExecutions.max).toBeLessThan(900);
    expect(r.series?.[5].functions.nightlyBatch.ConcurrentExecutions).toBe(750);
    expect(r.functions.nightlyBatch.Throttles).toBe(0);
    expect(r.functions.api.ConcurrentExecutions.max).toBe(100);
    expect(r.functions.api.Throttles).toBeGreaterThan(1000);
    expect(r.clients.users.statusCodes['429']).toBe(r.functions.api.Throttles);
    // The empty reserved seats are not lent: the account never reaches its 1,000.
    expect(r.account.ConcurrentExecutions.max).toBeLessThan(1000);
  });

  it('"try this": reserving 901 is refused with the floor in the message', () => {
    const result = parseScenario(
      withFunction(accountConcurrencyLimit.scenario, 'nightlyBatch', { reservedConcurrency: 901 }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].path).toBe('nodes[2].reservedConcurrency');
      expect(result.errors[0].message).toMatch(/100/);
    }
  });
});
