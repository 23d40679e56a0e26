import type { Lesson } from '../lessonTypes';

const failing = `export const handler = async (event) => {
  console.log('processing', JSON.stringify(event));
  throw new Error('the downstream service is down');
};
`;

export const syncVsAsyncErrors: Lesson = {
  id: 'sync-vs-async-errors',
  title: 'Errors: synchronous, asynchronous and queue invocations',
  text: {
    tryThis:
      "Press **Run** and compare the three functions' *Invocations* and *Retries*, what each client saw, and the `jobs` queue. Then set **asyncWorker**'s *Retry attempts* (async settings) to 0.",
    notice:
      'Both functions fail every time. **syncApi** is invoked synchronously (RequestResponse) 5 times: 5 invocations, 5 errors, **no retries**; the caller gets the error back (HTTP 200 with `X-Amz-Function-Error`) and must decide what to do. ' +
      '**asyncWorker** is invoked asynchronously (Event): the caller gets **202** at once, and Lambda tries each event **3 times** (15 invocations, 10 retries), 1 minute and then 2 minutes apart, then drops it (*AsyncEventsDropped*). With 0 retry attempts, each event runs once. ' +
      "**queueWorker** reads 5 messages from an SQS queue through an event source mapping: the failed batch is not deleted, it comes back after the visibility timeout (30 s), and after 3 receives the queue's redrive policy moves the 5 messages to `jobs-dlq`.",
    why:
      "Synchronous callers (API Gateway, function URLs, the SDK's Invoke) wait for the result, so retrying is their job. Asynchronous invocations (S3, SNS, EventBridge, Event-type Invoke) go to an internal queue; on a function error Lambda retries twice by default (MaximumRetryAttempts 0–2), waiting 1 and then 2 minutes. " +
      'Event source mappings (SQS, Kinesis, DynamoDB) invoke synchronously and retry by source rules: an SQS message returns to the queue until it succeeds or its redrive policy moves it. ' +
      'Handlers should be idempotent: retries and duplicates happen. (AWS DG: *Invoking functions asynchronously*, *Error handling*, *Using Lambda with Amazon SQS*.)',
  },
  scenario: {
    version: 1,
    name: 'Sync vs async errors',
    seed: 1,
    durationSeconds: 200,
    cpu: 'ignored',
    nodes: [
      {
        id: 'caller',
        kind: 'client',
        name: 'API caller',
        position: { x: 40, y: 60 },
        traffic: { pattern: 'burst', count: 5, atSecond: 1 },
      },
      {
        id: 'uploader',
        kind: 'client',
        name: 'Event source',
        position: { x: 40, y: 260 },
        traffic: { pattern: 'burst', count: 5, atSecond: 1 },
      },
      {
        id: 'syncApi',
        kind: 'function',
        name: 'syncApi',
        position: { x: 380, y: 60 },
        files: { 'index.mjs': failing },
      },
      {
        id: 'asyncWorker',
        kind: 'function',
        name: 'asyncWorker',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': failing },
      },
      {
        id: 'producer',
        kind: 'client',
        name: 'Producer',
        position: { x: 40, y: 460 },
        traffic: { pattern: 'burst', count: 5, atSecond: 1 },
      },
      {
        id: 'jobs',
        kind: 'sqsQueue',
        name: 'jobs',
        position: { x: 220, y: 460 },
        visibilityTimeoutSeconds: 30,
      },
      { id: 'jobsDlq', kind: 'sqsQueue', name: 'jobs-dlq', position: { x: 220, y: 580 } },
      {
        id: 'queueWorker',
        kind: 'function',
        name: 'queueWorker',
        position: { x: 380, y: 460 },
        files: { 'index.mjs': failing },
      },
    ],
    edges: [
      { id: 'caller-syncApi', from: 'caller', to: 'syncApi', kind: 'invoke' },
      {
        id: 'uploader-asyncWorker',
        from: 'uploader',
        to: 'asyncWorker',
        kind: 'invoke',
        config: { invocationType: 'Event' },
      },
      { id: 'producer-jobs', from: 'producer', to: 'jobs', kind: 'send' },
      {
        id: 'jobs-queueWorker',
        from: 'jobs',
        to: 'queueWorker',
        kind: 'eventSourceMapping',
        config: { batchSize: 10 },
      },
      { id: 'jobs-redrive', from: 'jobs', to: 'jobsDlq', kind: 'redrive', config: { maxReceiveCount: 3 } },
    ],
  },
};
