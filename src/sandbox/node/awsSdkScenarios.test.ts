// The seed's use cases end to end: real handler code using the AWS SDK v3 shims, run by the
// engine against its simulated services, checked through the report and the services' state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import type { LogRecord } from '../../engine/reportTypes';
import { simulateWithLogs, userLines } from './simulateWithLogs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function scenario(nodes: ScenarioNode[], edges: ScenarioEdge[], durationSeconds = 60): Scenario {
  return { version: 1, name: 'aws-sdk', seed: 7, durationSeconds, cpu: 'ignored', nodes, edges };
}

const simulate = simulateWithLogs;
const messages = (logs: LogRecord[], functionId: string) => userLines(logs, functionId).map((l) => l.message);

const fn = (id: string, code: string, extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id, kind: 'function', name: id, files: { 'index.mjs': code }, timeoutSeconds: 10, ...extra }) as ScenarioNode;
const once = (id: string, atSecond: number, body: unknown = {}): ScenarioNode =>
  ({ id, kind: 'client', name: id, origin: 'account', traffic: { pattern: 'burst', count: 1, atSecond }, payloads: [{ body }] }) as ScenarioNode;
const edge = (from: string, to: string, kind: ScenarioEdge['kind'], config?: Record<string, unknown>): ScenarioEdge => ({ id: `${from}-${to}-${kind}`, from, to, kind, config });

/** A function that logs a table's items as JSON: the engine's state, read through the SDK. */
const DUMP_TABLE = `
  import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
  import { unmarshall } from '@aws-sdk/util-dynamodb';
  const db = new DynamoDBClient({});
  export const handler = async () => {
    const { Items } = await db.send(new ScanCommand({ TableName: process.env.TABLE_NAME }));
    console.log(JSON.stringify(Items.map((i) => unmarshall(i)).sort((a, b) => String(a.pk).localeCompare(String(b.pk)))));
  };`;
const dumped = (logs: LogRecord[], id = 'dump') => JSON.parse(messages(logs, id)[0]) as Record<string, unknown>[];

describe('use cases with the AWS SDK v3', () => {
  it('file processing: PutObject -> S3 notification -> GetObject + DocumentClient Put', async () => {
    const text = 'alpha beta\ngamma\n\ndelta epsilon zeta\n';
    const { report, logs } = await simulate(
      scenario(
        [
          { id: 'uploader', kind: 'client', name: 'uploader', traffic: { pattern: 'burst', count: 5, atSecond: 1 }, payloads: [{ body: { key: 'reports/day {{seq}}.txt', body: text } }] },
          { id: 'bucket', kind: 's3Bucket', name: 'uploads' },
          fn('processor', fixture('fileProcessing.mjs'), { environment: { TABLE_NAME: 'file-summaries' } }),
          { id: 'table', kind: 'dynamodbTable', name: 'file-summaries' },
          fn('dump', DUMP_TABLE, { environment: { TABLE_NAME: 'file-summaries' } }),
          once('check', 30),
        ] as ScenarioNode[],
        [edge('uploader', 'bucket', 'send'), edge('bucket', 'processor', 'notify', { events: ['s3:ObjectCreated:*'] }), edge('check', 'dump', 'invoke')],
      ),
    );
    expect(report.clients.uploader.statusCodes).toEqual({ '200': 5 });
    expect(report.functions.processor).toMatchObject({ Invocations: 5, Errors: 0 });
    expect(messages(logs, 'processor')).toContain('summarised s3://uploads/reports/day 3.txt: 3 lines');
    const rows = dumped(logs);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ pk: 'reports/day 1.txt', bucket: 'uploads', lines: 3, words: 6, bytes: text.length });
    expect(rows[0]).not.toHaveProperty('note');
  });

  it('web backend: API Gateway -> CRUD on DynamoDB by HTTP method, with 404 and 409 from the handler', async () => {
    const http = (id: string, atSecond: number, method: string, path: string, body?: unknown, count = 1): ScenarioNode =>
      ({ id, kind: 'client', name: id, traffic: { pattern: 'burst', count, atSecond }, payloads: [{ body: { method, path, body } }] }) as ScenarioNode;
    const clients = [
      http('create', 1, 'POST', '/items', { id: '{{seq}}', name: 'item {{seq}}', price: 10 }, 3),
      http('duplicate', 3, 'POST', '/items', { id: '1', name: 'again', price: 1 }),
      http('read', 5, 'GET', '/items/{{seq}}', undefined, 3),
      http('update', 6, 'PUT', '/items/2', { price: 25 }),
      http('updateMissing', 6, 'PUT', '/items/99', { price: 1 }),
      http('remove', 7, 'DELETE', '/items/3'),
      http('readRemoved', 8, 'GET', '/items/3'),
      http('list', 9, 'GET', '/items'),
    ];
    const { report, logs } = await simulate(
      scenario(
        [
          ...clients,
          { id: 'api', kind: 'apiGateway', name: 'shop-api', payloadVersion: '2.0' },
          fn('crud', fixture('webBackend.mjs'), { environment: { TABLE_NAME: 'items' } }),
          { id: 'items', kind: 'dynamodbTable', name: 'items' },
          fn('dump', DUMP_TABLE, { environment: { TABLE_NAME: 'items' } }),
          once('check', 20),
        ] as ScenarioNode[],
        [...clients.map((c) => edge(c.id, 'api', 'invoke')), edge('api', 'crud', 'invoke'), edge('check', 'dump', 'invoke')],
      ),
    );
    const codes = Object.fromEntries(clients.map((c) => [c.id, report.clients[c.id].statusCodes]));
    expect(codes).toEqual({
      create: { '201': 3 },
      duplicate: { '409': 1 },
      read: { '200': 3 },
      update: { '200': 1 },
      updateMissing: { '409': 1 },
      remove: { '200': 1 },
      readRemoved: { '404': 1 },
      list: { '200': 1 },
    });
    expect(report.functions.crud).toMatchObject({ Invocations: 12, Errors: 0 });
    expect(dumped(logs)).toEqual([
      { pk: '1', name: 'item 1', price: 10 },
      { pk: '2', name: 'item 2', price: 25 },
    ]);
  });

  it('IoT ingestion: PutRecord -> Kinesis mapping -> base64 records aggregated with UpdateCommand ADD', async () => {
    const { report, logs } = await simulate(
      scenario(
        [
          {
            id: 'devices',
            kind: 'client',
            name: 'devices',
            traffic: { pattern: 'constant', ratePerSecond: 10, stopSecond: 10 },
            payloads: [
              { body: { partitionKey: 'sensor-a', device: 'sensor-a', temperature: 20 } },
              { body: { partitionKey: 'sensor-b', device: 'sensor-b', temperature: 30 } },
            ],
          },
          { id: 'stream', kind: 'kinesisStream', name: 'telemetry', shards: 2 },
          fn('ingest', fixture('iotIngestion.mjs'), { environment: { TABLE_NAME: 'device-stats' } }),
          { id: 'stats', kind: 'dynamodbTable', name: 'device-stats' },
          fn('dump', DUMP_TABLE, { environment: { TABLE_NAME: 'device-stats' } }),
          once('check', 50),
        ] as ScenarioNode[],
        [
          edge('devices', 'stream', 'send'),
          edge('stream', 'ingest', 'eventSourceMapping', { batchSize: 25, startingPosition: 'TRIM_HORIZON' }),
          edge('check', 'dump', 'invoke'),
        ],
      ),
    );
    const records = report.streams.stream.records;
    expect(records).toBeGreaterThanOrEqual(95);
    expect(report.clients.devices.statusCodes).toEqual({ '200': records });
    expect(report.streams.stream.processed).toBe(records);
    expect(report.functions.ingest.Errors).toBe(0);
    const rows = dumped(logs) as { pk: string; readings: number; temperatureSum: number }[];
    expect(rows.map((r) => r.pk)).toEqual(['sensor-a', 'sensor-b']);
    expect(rows[0].readings + rows[1].readings).toBe(records);
    expect(rows[0].temperatureSum).toBe(20 * rows[0].readings);
    expect(rows[1].temperatureSum).toBe(30 * rows[1].readings);
  });

  it('SQS batch with partial failures: good messages go on, poison ones are redriven to the DLQ', async () => {
    const { report } = await simulate(
      scenario(
        [
          {
            id: 'shop',
            kind: 'client',
            name: 'shop',
            traffic: { pattern: 'burst', count: 20, atSecond: 1 },
            payloads: [{ weight: 3, body: { id: '{{seq}}' } }, { weight: 1, body: { id: '{{seq}}', poison: true } }],
          },
          { id: 'orders', kind: 'sqsQueue', name: 'orders', visibilityTimeoutSeconds: 15 },
          { id: 'dlq', kind: 'sqsQueue', name: 'orders-dlq' },
          { id: 'results', kind: 'sqsQueue', name: 'results' },
          fn('worker', fixture('sqsBatch.mjs'), { environment: { RESULTS_QUEUE: 'https://sqs.us-east-1.amazonaws.com/123456789012/results' } }),
        ] as ScenarioNode[],
        [
          edge('shop', 'orders', 'send'),
          edge('orders', 'worker', 'eventSourceMapping', { batchSize: 10, maximumBatchingWindowInSeconds: 1, functionResponseTypes: ['ReportBatchItemFailures'] }),
          edge('orders', 'dlq', 'redrive', { maxReceiveCount: 2 }),
        ],
        120,
      ),
    );
    const { orders, dlq, results } = report.queues;
    expect(report.clients.shop.statusCodes).toEqual({ '200': 20 });
    expect(orders.movedToDeadLetter).toBeGreaterThan(0);
    expect(results.sent).toBeGreaterThan(0);
    expect(results.sent + orders.movedToDeadLetter).toBe(20);
    expect(orders.deleted).toBe(results.sent);
    expect(dlq.sent).toBe(orders.movedToDeadLetter);
    expect(report.functions.worker.Errors).toBe(0);
    expect(report.functions.worker.Retries).toBeGreaterThan(0);
  });
});
