import type { Lesson } from '../lessonTypes';

const relay = `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});

export const handler = async (event) => {
  for (const record of event.Records) {
    const job = JSON.parse(record.body);
    console.log('step', job.step ?? 0);
    // The bug: OUTPUT_QUEUE_URL points at the queue this function reads from.
    await sqs.send(new SendMessageCommand({
      QueueUrl: process.env.OUTPUT_QUEUE_URL,
      MessageBody: JSON.stringify({ ...job, step: (job.step ?? 0) + 1 }),
    }));
  }
};
`;

export const recursiveLoop: Lesson = {
  id: 'recursive-loop',
  title: 'Recursive loop detection',
  text: {
    tryThis:
      "Press **Run**. Then set **relay**'s *Recursive loop* setting to **Allow** and run again (on AWS, only do this for loops you intend).",
    notice:
      'One message starts an endless loop: **relay** reads a job from `jobs` and, by mistake, sends the next step back to `jobs`. After about 16 invocations in the chain, Lambda **stops** it: *RecursiveInvocationsDropped* counts the stopped invocation, and the message goes back to the queue until its redrive policy moves it to `jobs-dlq`. ' +
      'With **Allow**, the loop runs for the whole simulation — on AWS, until you notice the bill.',
    why:
      'Lambda tags requests with trace-header lineage and detects loops through SQS, SNS, S3 and Lambda-to-Lambda calls (not DynamoDB). After about 16 invocations of the same chain it drops the next one and sends it to the DLQ or on-failure destination if there is one (for SQS: back to the queue). ' +
      'The per-function setting `RecursiveLoop` is `Terminate` by default. (AWS DG: *Using Lambda recursive loop detection*.)',
  },
  scenario: {
    version: 1,
    name: 'Recursive loop detection',
    seed: 1,
    durationSeconds: 120,
    cpu: 'ignored',
    nodes: [
      {
        id: 'starter',
        kind: 'client',
        name: 'One job',
        position: { x: 0, y: 160 },
        traffic: { pattern: 'burst', count: 1, atSecond: 1 },
        payloads: [{ body: { job: 'resize', step: 0 } }],
      },
      {
        id: 'jobs',
        kind: 'sqsQueue',
        name: 'jobs',
        position: { x: 260, y: 160 },
        visibilityTimeoutSeconds: 10,
      },
      { id: 'jobsDlq', kind: 'sqsQueue', name: 'jobs-dlq', position: { x: 260, y: 320 } },
      {
        id: 'relay',
        kind: 'function',
        name: 'relay',
        position: { x: 540, y: 160 },
        environment: { OUTPUT_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' },
        files: { 'index.mjs': relay },
      },
    ],
    edges: [
      { id: 'starter-jobs', from: 'starter', to: 'jobs', kind: 'send' },
      { id: 'jobs-relay', from: 'jobs', to: 'relay', kind: 'eventSourceMapping', config: { batchSize: 1 } },
      { id: 'jobs-redrive', from: 'jobs', to: 'jobsDlq', kind: 'redrive', config: { maxReceiveCount: 2 } },
    ],
  },
};
