import type { Lesson } from '../lessonTypes';

// Every tenth order is malformed. One function fails the whole batch; the other reports just
// the bad messages (ReportBatchItemFailures).
const wholeBatch = `export const handler = async (event) => {
  for (const record of event.Records) {
    const order = JSON.parse(record.body);
    if (Number(order.orderId) % 10 === 0) throw new Error(\`malformed order \${order.orderId}\`);
    await new Promise((resolve) => setTimeout(resolve, 20)); // save it
  }
};
`;

const partial = `export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    const order = JSON.parse(record.body);
    if (Number(order.orderId) % 10 === 0) {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 20)); // save it
  }
  return { batchItemFailures };
};
`;

const mapping = { batchSize: 10, maximumBatchingWindowInSeconds: 1 };

export const sqsBatches: Lesson = {
  id: 'sqs-batches',
  title: 'SQS batches, partial batch failures and redrive',
  text: {
    tryThis:
      "Press **Run** and compare the two queues' *received*, *deleted* and *movedToDeadLetter*. Then remove `ReportBatchItemFailures` from the **partial** mapping and run again.",
    notice:
      "Each function gets 200 orders (two identical shops) in batches of up to 10, and every tenth order is malformed. **wholeBatch** throws: its **whole batch** returns to the queue after the visibility timeout (10 s), so good orders are processed again and again, and after 3 receives (the redrive policy's *maxReceiveCount*) the good orders of those batches land in the dead-letter queue with the bad ones. " +
      '**partial** returns `batchItemFailures`: only the 20 malformed orders go back, and exactly those 20 end up in its dead-letter queue.',
    why:
      'An SQS event source mapping polls the queue and invokes the function synchronously with a batch. If the function fails, Lambda deletes nothing: the batch becomes visible again when its visibility timeout ends, and each receive counts towards the redrive policy. ' +
      'With `FunctionResponseTypes: ["ReportBatchItemFailures"]` the function can return the ids of the failed messages, and only those are retried. The queue\'s own redrive policy applies, not the function\'s DLQ. Handlers must be idempotent: messages can be delivered more than once. (AWS DG: *Using Lambda with Amazon SQS*, *Handling errors for an SQS event source*.)',
  },
  scenario: {
    version: 1,
    name: 'SQS batches and partial failures',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'shopA',
        kind: 'client',
        name: 'Shop A',
        position: { x: 0, y: 60 },
        traffic: { pattern: 'constant', ratePerSecond: 20, stopSecond: 10 },
        payloads: [{ body: { orderId: '{{seq}}' } }],
      },
      {
        id: 'shopB',
        kind: 'client',
        name: 'Shop B',
        position: { x: 0, y: 300 },
        traffic: { pattern: 'constant', ratePerSecond: 20, stopSecond: 10 },
        payloads: [{ body: { orderId: '{{seq}}' } }],
      },
      {
        id: 'wholeQueue',
        kind: 'sqsQueue',
        name: 'orders-whole',
        position: { x: 260, y: 60 },
        visibilityTimeoutSeconds: 10,
      },
      { id: 'wholeDlq', kind: 'sqsQueue', name: 'orders-whole-dlq', position: { x: 260, y: 0 } },
      {
        id: 'partialQueue',
        kind: 'sqsQueue',
        name: 'orders-partial',
        position: { x: 260, y: 300 },
        visibilityTimeoutSeconds: 10,
      },
      { id: 'partialDlq', kind: 'sqsQueue', name: 'orders-partial-dlq', position: { x: 260, y: 420 } },
      {
        id: 'wholeBatch',
        kind: 'function',
        name: 'wholeBatch',
        position: { x: 540, y: 60 },
        files: { 'index.mjs': wholeBatch },
      },
      {
        id: 'partial',
        kind: 'function',
        name: 'partial',
        position: { x: 540, y: 300 },
        files: { 'index.mjs': partial },
      },
    ],
    edges: [
      { id: 'shop-whole', from: 'shopA', to: 'wholeQueue', kind: 'send' },
      { id: 'shop-partial', from: 'shopB', to: 'partialQueue', kind: 'send' },
      {
        id: 'whole-mapping',
        from: 'wholeQueue',
        to: 'wholeBatch',
        kind: 'eventSourceMapping',
        config: mapping,
      },
      {
        id: 'partial-mapping',
        from: 'partialQueue',
        to: 'partial',
        kind: 'eventSourceMapping',
        config: { ...mapping, functionResponseTypes: ['ReportBatchItemFailures'] },
      },
      {
        id: 'whole-redrive',
        from: 'wholeQueue',
        to: 'wholeDlq',
        kind: 'redrive',
        config: { maxReceiveCount: 3 },
      },
      {
        id: 'partial-redrive',
        from: 'partialQueue',
        to: 'partialDlq',
        kind: 'redrive',
        config: { maxReceiveCount: 3 },
      },
    ],
  },
};
