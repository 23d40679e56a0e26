import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../../engine/simulationTypes';
import { asyncDestinations } from './asyncDestinations';
import { runLesson, withFunction } from '../testing/runLesson';

describe('lesson: async destinations and DLQ', () => {
  it('failures go to the on-failure destination after one retry; successes to on-success; the DLQ gets the raw event', async () => {
    const deliveries: Delivery[] = [];
    const r = await runLesson(asyncDestinations.scenario, { onDelivery: (d) => deliveries.push(d) });
    const p = r.functions.payments;
    const failed = p.AsyncEventsDropped;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(15);
    expect(p.Retries).toBe(failed);
    expect(r.destinations.failedPayments.received).toBe(failed);
    expect(r.destinations.paid.received).toBe(20 - failed);
    expect(r.destinations.dlq.received).toBe(r.functions.legacyPayments.AsyncEventsDropped);

    const record = deliveries.find((d) => d.targetId === 'failedPayments')?.body as Record<string, unknown>;
    expect(record).toMatchObject({
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 2 },
      requestPayload: { card: 'expired' },
    });
    expect(deliveries.find((d) => d.targetId === 'dlq')?.body).toMatchObject({ card: 'expired' });
  });

  it('"try this": without sqs:SendMessage the destination delivery fails', async () => {
    const r = await runLesson(withFunction(asyncDestinations.scenario, 'payments', { permissions: [] }));
    expect(r.destinations.failedPayments).toBeUndefined();
    expect(r.functions.payments.DestinationDeliveryFailures).toBe(20);
  });
});
