import type { Lesson } from '../lessonTypes';

// Reading 5 is corrupt: the handler throws on it, every time.
const code = `export const handler = async (event) => {
  for (const record of event.Records) {
    const reading = JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));
    if (reading.value === '5') throw new Error(\`cannot parse reading \${reading.value}\`);
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // store the batch
};
`;

const device = (id: string, y: number) => ({
  id,
  kind: 'client' as const,
  name: `Sensor ${id.slice(-1)}`,
  position: { x: 0, y },
  traffic: { pattern: 'constant' as const, ratePerSecond: 2, stopSecond: 30 },
  payloads: [{ body: { partitionKey: 'sensor-1', value: '{{seq}}' } }],
});

export const kinesisPoisonRecord: Lesson = {
  id: 'kinesis-poison-record',
  title: 'Kinesis: a poison record, bisecting and iterator age',
  text: {
    tryThis:
      "Press **Run** and watch *IteratorAge* of both functions. Then give **stuck**'s mapping `maximumRetryAttempts: 2` and run again.",
    notice:
      'Both streams get the same sensor readings, and reading 5 is corrupt. **stuck** (the defaults: retry until the record expires) retries the failing batch forever: nothing after it is processed, and its *IteratorAge* — how old the oldest unprocessed record is — grows with the clock. ' +
      "**bisected** splits the failing batch in halves until the bad record is alone, gives up on it after 2 retries, sends the batch's description (not the records) to its on-failure queue, and goes on: it processes every other record and its iterator age stays small.",
    why:
      'Kinesis and DynamoDB Streams mappings process each shard strictly in order, so a record that always fails blocks its shard until it succeeds or expires (24 hours by default). ' +
      'Set a bound: `MaximumRetryAttempts`, `MaximumRecordAgeInSeconds`, `BisectBatchOnFunctionError` (halve the batch on error), an on-failure destination for what is skipped, or `ReportBatchItemFailures` to checkpoint at the failed record. Alarm on *IteratorAge*. (AWS DG: *Using Lambda with Kinesis Data Streams*, error handling.)',
  },
  scenario: {
    version: 1,
    name: 'Kinesis poison record',
    seed: 1,
    durationSeconds: 90,
    cpu: 'ignored',
    nodes: [
      device('sensorA', 60),
      device('sensorB', 300),
      { id: 'stuckStream', kind: 'kinesisStream', name: 'telemetry-a', position: { x: 260, y: 60 } },
      { id: 'bisectedStream', kind: 'kinesisStream', name: 'telemetry-b', position: { x: 260, y: 300 } },
      { id: 'skipped', kind: 'sqsQueue', name: 'skipped-batches', position: { x: 260, y: 440 } },
      {
        id: 'stuck',
        kind: 'function',
        name: 'stuck',
        position: { x: 540, y: 60 },
        files: { 'index.mjs': code },
      },
      {
        id: 'bisected',
        kind: 'function',
        name: 'bisected',
        position: { x: 540, y: 300 },
        files: { 'index.mjs': code },
      },
    ],
    edges: [
      { id: 'a-stream', from: 'sensorA', to: 'stuckStream', kind: 'send' },
      { id: 'b-stream', from: 'sensorB', to: 'bisectedStream', kind: 'send' },
      {
        id: 'stuck-mapping',
        from: 'stuckStream',
        to: 'stuck',
        kind: 'eventSourceMapping',
        config: { batchSize: 10, startingPosition: 'TRIM_HORIZON' },
      },
      {
        id: 'bisected-mapping',
        from: 'bisectedStream',
        to: 'bisected',
        kind: 'eventSourceMapping',
        config: {
          batchSize: 10,
          startingPosition: 'TRIM_HORIZON',
          bisectBatchOnFunctionError: true,
          maximumRetryAttempts: 2,
        },
      },
      { id: 'bisected-failures', from: 'bisectedStream', to: 'skipped', kind: 'onFailure' },
    ],
  },
};
