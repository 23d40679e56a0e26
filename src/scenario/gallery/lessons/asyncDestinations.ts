import type { Lesson } from '../lessonTypes';

const orders = `export const handler = async (event) => {
  if (event.card === 'expired') throw new Error(\`card declined for order \${event.orderId}\`);
  return { orderId: event.orderId, status: 'paid' };
};
`;

export const asyncDestinations: Lesson = {
  id: 'async-destinations-dlq',
  title: 'Async retries, destinations and dead-letter queues',
  text: {
    tryThis:
      "Press **Run** and compare what reached each of the three queues. Then delete the `sqs:SendMessage` permission from **payments**' execution role and run again.",
    notice:
      'About one order in four has an expired card and fails. **payments** retries it once (*Retry attempts* 1), a minute later, then sends a record to its **on-failure destination** (the `failed-payments` queue); successful orders go to the **on-success destination** (`paid`). ' +
      '**legacyPayments** has a **dead-letter queue** instead: it receives only failures, and only the original event. Without `sqs:SendMessage`, delivery fails and *DestinationDeliveryFailures* counts it: the record is lost.',
    why:
      'When an asynchronous event has used up its retries (or is older than *Maximum event age*), Lambda discards it unless an on-failure destination or DLQ is configured. ' +
      'A destination record carries the context: `requestContext.condition` (RetriesExhausted, EventAgeExceeded), `approximateInvokeCount`, the request and the response; a DLQ (SQS or SNS) gets just the event. Destinations also support success. ' +
      'Both need the execution role to allow sending to the target. (AWS DG: *Capturing records of asynchronous invocations*, *Dead-letter queues*.)',
  },
  scenario: {
    version: 1,
    name: 'Async destinations and DLQ',
    seed: 2,
    durationSeconds: 100,
    cpu: 'ignored',
    nodes: [
      {
        id: 'shop',
        kind: 'client',
        name: 'Shop',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 1, stopSecond: 20 },
        payloads: [
          { weight: 3, body: { orderId: '{{seq}}', card: 'valid' } },
          { weight: 1, body: { orderId: '{{seq}}', card: 'expired' } },
        ],
      },
      {
        id: 'payments',
        kind: 'function',
        name: 'payments',
        position: { x: 380, y: 60 },
        async: { maximumRetryAttempts: 1 },
        permissions: ['sqs:SendMessage'],
        files: { 'index.mjs': orders },
      },
      {
        id: 'legacyPayments',
        kind: 'function',
        name: 'legacyPayments',
        position: { x: 380, y: 300 },
        async: { maximumRetryAttempts: 1 },
        files: { 'index.mjs': orders },
      },
      { id: 'paid', kind: 'sqsQueue', name: 'paid', position: { x: 720, y: 0 } },
      { id: 'failedPayments', kind: 'sqsQueue', name: 'failed-payments', position: { x: 720, y: 140 } },
      { id: 'dlq', kind: 'sqsQueue', name: 'legacy-payments-dlq', position: { x: 720, y: 300 } },
    ],
    edges: [
      {
        id: 'shop-payments',
        from: 'shop',
        to: 'payments',
        kind: 'invoke',
        config: { invocationType: 'Event' },
      },
      {
        id: 'shop-legacy',
        from: 'shop',
        to: 'legacyPayments',
        kind: 'invoke',
        config: { invocationType: 'Event' },
      },
      { id: 'payments-paid', from: 'payments', to: 'paid', kind: 'onSuccess' },
      { id: 'payments-failed', from: 'payments', to: 'failedPayments', kind: 'onFailure' },
      { id: 'legacy-dlq', from: 'legacyPayments', to: 'dlq', kind: 'deadLetter' },
    ],
  },
};
