import { describe, expect, it } from 'vitest';
import { functionUrls } from './functionUrls';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: function URLs', () => {
  it('NONE serves the internet; AWS_IAM refuses it with 403 and serves signed account callers', async () => {
    const r = await runLesson(functionUrls.scenario);
    // The internet client calls both URLs: 20 arrivals × 2 edges.
    expect(r.clients.browsers.statusCodes).toEqual({ '200': 20, '403': 20 });
    expect(r.clients.backoffice.statusCodes).toEqual({ '200': 10 });
    expect(r.functions.publicPage.Invocations).toBe(20);
    expect(r.functions.internalReport.Invocations).toBe(10);
    expect(r.functions.internalReport.Errors).toBe(0);
  });

  it('"try this": with NONE the internet gets through', async () => {
    const r = await runLesson(
      withFunction(functionUrls.scenario, 'internalReport', { url: { authType: 'NONE' } }),
    );
    expect(r.clients.browsers.statusCodes).toEqual({ '200': 40 });
  });
});
