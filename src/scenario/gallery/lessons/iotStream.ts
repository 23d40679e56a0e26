import type { Lesson } from '../lessonTypes';

const aggregator = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  // One batch holds many readings: aggregate per device, then write once per device.
  const sums = new Map();
  for (const record of event.Records) {
    const { device, celsius } = JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));
    const s = sums.get(device) ?? { count: 0, total: 0 };
    sums.set(device, { count: s.count + 1, total: s.total + Number(celsius) });
  }
  for (const [device, s] of sums) {
    await db.send(new UpdateCommand({
      TableName: process.env.TABLE_NAME,
      Key: { pk: device },
      UpdateExpression: 'ADD readings :c, total :t',
      ExpressionAttributeValues: { ':c': s.count, ':t': s.total },
    }));
  }
  console.log(\`batch of \${event.Records.length} readings from \${sums.size} devices\`);
};
`;

export const iotStream: Lesson = {
  id: 'use-case-iot-stream',
  title: 'Use case: an IoT stream (Kinesis + Lambda + DynamoDB)',
  text: {
    tryThis:
      "Press **Run** and compare *Invocations* of **aggregator** with the number of readings. Then set the mapping's `batchSize` to 1 and remove its batching window.",
    notice:
      '50 readings a second from a fleet of sensors go into a Kinesis stream with 2 shards. The event source mapping waits up to 2 s to fill batches of up to 100, so **aggregator** runs only about once per shard every 2 seconds — a few dozen invocations for thousands of readings — and writes one DynamoDB update per device per batch. ' +
      'Every reading is processed and *IteratorAge* stays within the batching window. With a batch size of 1, there is one invocation per reading.',
    why:
      'Lambda polls each shard and invokes the function with batches, in order per shard; concurrency is shards × ParallelizationFactor. Batching (`BatchSize`, `MaximumBatchingWindowInSeconds`) trades a little latency for far fewer invocations and downstream writes, which is what keeps a high-volume stream cheap. ' +
      'Kinesis records arrive base64-encoded in `Records[].kinesis.data`. (AWS DG: *Using Lambda with Kinesis Data Streams*, *Batching behavior*.)',
  },
  scenario: {
    version: 1,
    name: 'IoT stream',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'sensors',
        kind: 'client',
        name: 'Sensor fleet',
        position: { x: 0, y: 160 },
        traffic: { pattern: 'poisson', ratePerSecond: 50, stopSecond: 50 },
        payloads: [
          { body: { partitionKey: 'sensor-1', device: 'sensor-1', celsius: '{{randomInt 18 24}}' } },
          { body: { partitionKey: 'sensor-2', device: 'sensor-2', celsius: '{{randomInt 18 24}}' } },
          { body: { partitionKey: 'sensor-3', device: 'sensor-3', celsius: '{{randomInt 30 40}}' } },
        ],
      },
      { id: 'telemetry', kind: 'kinesisStream', name: 'telemetry', shards: 2, position: { x: 240, y: 160 } },
      {
        id: 'aggregator',
        kind: 'function',
        name: 'aggregator',
        position: { x: 480, y: 160 },
        environment: { TABLE_NAME: 'device-stats' },
        files: { 'index.mjs': aggregator },
      },
      {
        id: 'stats',
        kind: 'dynamodbTable',
        name: 'device-stats',
        partitionKey: 'pk',
        position: { x: 720, y: 160 },
      },
    ],
    edges: [
      { id: 'sensors-telemetry', from: 'sensors', to: 'telemetry', kind: 'send' },
      {
        id: 'telemetry-aggregator',
        from: 'telemetry',
        to: 'aggregator',
        kind: 'eventSourceMapping',
        config: { batchSize: 100, maximumBatchingWindowInSeconds: 2, startingPosition: 'TRIM_HORIZON' },
      },
    ],
  },
};
