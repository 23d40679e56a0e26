import { describe, expect, it } from 'vitest';
import { webBackend } from './webBackend';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: web backend', () => {
  it('POST answers 201; GET answers 200 for stored orders and 404 for the others', async () => {
    const r = await runLesson(webBackend.scenario);
    expect(r.clients.buyers.statusCodes).toEqual({ '201': 60 });
    const lookups = r.clients.lookups.statusCodes;
    expect(Object.keys(lookups).sort()).toEqual(['200', '404']);
    expect(lookups['200']).toBeGreaterThan(10);
    expect(lookups['404']).toBeGreaterThan(10);
    expect(r.functions.ordersApi.Errors).toBe(0);
  });

  it('"try this": reserved concurrency 0 makes the HTTP API answer 500', async () => {
    const r = await runLesson(withFunction(webBackend.scenario, 'ordersApi', { reservedConcurrency: 0 }));
    expect(r.clients.buyers.statusCodes).toEqual({ '500': 60 });
    expect(r.functions.ordersApi.Throttles).toBeGreaterThan(60);
  });
});
