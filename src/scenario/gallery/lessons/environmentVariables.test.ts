import { describe, expect, it } from 'vitest';
import { environmentVariables } from './environmentVariables';
import { runLesson, runLessonWithLogs, withFunction } from '../testing/runLesson';

describe('lesson: environment variables', () => {
  it('prints configured and Lambda-set variables; a missing one fails every Init', async () => {
    const { report, logs } = await runLessonWithLogs(environmentVariables.scenario);
    const greetings = logs.filter(
      (l) => l.functionId === 'greeter' && l.level === 'INFO' && l.line.includes('Hello from'),
    );
    expect(greetings.length).toBe(report.functions.greeter.Invocations);
    expect(greetings[0].line).toMatch(/\tHello from greeter \(128 MB\) in us-east-1, table orders$/);

    const strict = report.functions.strict;
    expect(strict.Invocations).toBeGreaterThan(10);
    expect(strict.Errors).toBe(strict.Invocations);
    expect(strict.ColdStarts).toBe(strict.Invocations);
    const reports = logs.filter((l) => l.functionId === 'strict' && l.line.startsWith('REPORT'));
    expect(reports).toHaveLength(strict.Invocations);
    for (const line of reports) expect(line.line).toMatch(/Status: error$/);
  });

  it('"try this": with TABLE_NAME set, strict works and stays warm', async () => {
    const fixed = withFunction(environmentVariables.scenario, 'strict', {
      environment: { TABLE_NAME: 'orders' },
    });
    const strict = (await runLesson(fixed)).functions.strict;
    expect(strict.Errors).toBe(0);
    expect(strict.ColdStarts).toBe(1);
  });
});
