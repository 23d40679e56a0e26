import { describe, expect, it } from 'vitest';
import { parameterStore } from './parameterStore';
import { runLesson, runLessonWithLogs, withFunction } from '../testing/runLesson';

describe('lesson: Parameter Store secrets', () => {
  it('decrypts the SecureString once per environment at Init', async () => {
    const { report, logs } = await runLessonWithLogs(parameterStore.scenario);
    const payments = report.functions.payments;
    expect(payments.Errors).toBe(0);
    expect(payments.ColdStarts).toBe(1);
    const lines = logs.filter((l) => l.functionId === 'payments' && l.line.includes('key ending in'));
    expect(lines).toHaveLength(payments.Invocations);
    expect(lines[0].line).toMatch(/key ending in 4242$/);
  });

  it('"try this": without ssm:GetParameter, Init fails with AccessDeniedException', async () => {
    const r = await runLesson(
      withFunction(parameterStore.scenario, 'payments', { permissions: ['kms:Decrypt'] }),
    );
    expect(r.functions.payments.Errors).toBe(r.functions.payments.Invocations);
    expect(r.functions.payments.ColdStarts).toBe(r.functions.payments.Invocations);
  });
});
