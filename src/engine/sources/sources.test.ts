import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../scenarioTypes';
import type { InvokeRequest } from '../handlerHost';
import type { ScriptedStep } from '../testing/scriptedHost';
import { createSimulation } from '../createSimulation';
import { createScriptedHost } from '../testing/scriptedHost';
import type { Delivery } from '../simulationTypes';

type Handler = (event: Record<string, unknown>, req: InvokeRequest) => ScriptedStep;

function run(nodes: ScenarioNode[], edges: ScenarioEdge[], handle: Handler, durationSeconds = 300, onDelivery?: (d: Delivery) => void) {
  const scenario: Scenario = { version: 1, name: 's', seed: 1, durationSeconds, cpu: 'ignored', nodes, edges };
  const seen: Record<string, unknown>[] = [];
  const host = createScriptedHost({
    initMs: 0,
    handle: (req) => {
      seen.push(req.event as Record<string, unknown>);
      return handle(req.event as Record<string, unknown>, req);
    },
  });
  const sim = createSimulation(scenario, host, { keepSeries: true, onDelivery });
  sim.run(Infinity);
  return { report: sim.report(), seen };
}

const fn = (extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id: 'f', kind: 'function', name: 'worker', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 0 }, ...extra }) as ScenarioNode;
const ok = (durationMs = 50, payload: unknown = null): ScriptedStep => ({ durationMs, outcome: { ok: true, payload } });
const fail: ScriptedStep = { durationMs: 50, outcome: { ok: false, status: 'error', error: { errorType: 'Error', errorMessage: 'poison', trace: [] } } };

describe('SQS event source mapping', () => {
  const producer = (count: number, body: unknown = { n: '{{seq}}' }): ScenarioNode => ({
    id: 'p', kind: 'client', name: 'producer', traffic: { pattern: 'burst', count, atSecond: 1 }, payloads: [{ body }],
  });

  it('delivers batches of up to batchSize and deletes them on success', () => {
    const { report, seen } = run(
      [producer(100), { id: 'q', kind: 'sqsQueue', name: 'jobs' }, fn()],
      [{ id: 's', from: 'p', to: 'q', kind: 'send' }, { id: 'm', from: 'q', to: 'f', kind: 'eventSourceMapping', config: { batchSize: 10 } }],
      () => ok(),
    );
    expect(report.queues.q).toMatchObject({ sent: 100, received: 100, deleted: 100, visible: 0, inFlight: 0 });
    expect(report.functions.f.Invocations).toBeLessThanOrEqual(20);
    const records = seen.flatMap((e) => e.Records as Record<string, unknown>[]);
    expect(records).toHaveLength(100);
    expect(records[0]).toMatchObject({ eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:jobs', attributes: { ApproximateReceiveCount: '1' } });
    expect(JSON.parse(String(records[0].body))).toEqual({ n: '1' });
    expect(report.clients.p.statusCodes).toEqual({ '200': 100 });
  });

  it('failed batches reappear after the visibility timeout and are redriven to the DLQ after maxReceiveCount', () => {
    const receiveTimes: number[] = [];
    const { report } = run(
      [producer(1), { id: 'q', kind: 'sqsQueue', name: 'jobs', visibilityTimeoutSeconds: 30 }, { id: 'dlq', kind: 'sqsQueue', name: 'jobs-dlq' }, fn()],
      [
        { id: 's', from: 'p', to: 'q', kind: 'send' },
        { id: 'm', from: 'q', to: 'f', kind: 'eventSourceMapping' },
        { id: 'r', from: 'q', to: 'dlq', kind: 'redrive', config: { maxReceiveCount: 3 } },
      ],
      (_e, req) => {
        receiveTimes.push(req.deadlineMs - 3000);
        return fail;
      },
    );
    expect(receiveTimes).toEqual([1000, 31_000, 61_000]);
    expect(report.functions.f.Retries).toBe(2);
    expect(report.queues.q).toMatchObject({ sent: 1, received: 3, deleted: 0, movedToDeadLetter: 1, visible: 0, inFlight: 0 });
    expect(report.queues.dlq).toMatchObject({ sent: 1, visible: 1 });
  });

  it('ReportBatchItemFailures returns only the reported messages', () => {
    const { report } = run(
      [
        { id: 'p', kind: 'client', name: 'p', traffic: { pattern: 'burst', count: 10, atSecond: 1 }, payloads: [{ body: { bad: false }, weight: 8 }, { body: { bad: true }, weight: 2 }] },
        { id: 'q', kind: 'sqsQueue', name: 'jobs', visibilityTimeoutSeconds: 10 },
        { id: 'dlq', kind: 'sqsQueue', name: 'dlq' },
        fn(),
      ],
      [
        { id: 's', from: 'p', to: 'q', kind: 'send' },
        { id: 'm', from: 'q', to: 'f', kind: 'eventSourceMapping', config: { batchSize: 10, maximumBatchingWindowInSeconds: 1, functionResponseTypes: ['ReportBatchItemFailures'] } },
        { id: 'r', from: 'q', to: 'dlq', kind: 'redrive', config: { maxReceiveCount: 2 } },
      ],
      (event) => {
        const failures = (event.Records as { messageId: string; body: string }[])
          .filter((r) => JSON.parse(r.body).bad)
          .map((r) => ({ itemIdentifier: r.messageId }));
        return ok(10, { batchItemFailures: failures });
      },
    );
    const q = report.queues.q;
    expect(q.movedToDeadLetter).toBeGreaterThan(0);
    expect(q.deleted + q.movedToDeadLetter).toBe(10);
    expect(report.queues.dlq.sent).toBe(q.movedToDeadLetter);
  });
});

describe('Kinesis event source mapping', () => {
  const nodes = (config: Record<string, unknown> = {}): [ScenarioNode[], ScenarioEdge[]] => [
    [
      { id: 'dev', kind: 'client', name: 'devices', traffic: { pattern: 'constant', ratePerSecond: 2, stopSecond: 25 }, payloads: [{ body: { partitionKey: 'sensor-1', reading: '{{seq}}' } }] },
      { id: 'k', kind: 'kinesisStream', name: 'telemetry', shards: 1 },
      { id: 'fq', kind: 'sqsQueue', name: 'failed-batches' },
      fn(),
    ],
    [
      { id: 's', from: 'dev', to: 'k', kind: 'send' },
      { id: 'm', from: 'k', to: 'f', kind: 'eventSourceMapping', config: { batchSize: 10, ...config } },
      { id: 'of', from: 'k', to: 'fq', kind: 'onFailure' },
    ],
  ];
  const poison: Handler = (event) => {
    const readings = (event.Records as { kinesis: { data: string } }[]).map((r) => JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString()).reading);
    return readings.includes('5') ? fail : ok(10);
  };

  it('delivers records in order with base64 data and sequence numbers', () => {
    const [n, e] = nodes();
    const { report, seen } = run(n, e, () => ok(10), 30);
    const records = seen.flatMap((x) => x.Records as { kinesis: { data: string; sequenceNumber: string; partitionKey: string } }[]);
    const readings = records.map((r) => Number(JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString()).reading));
    expect(readings).toEqual([...readings].sort((a, b) => a - b));
    expect(records[0].kinesis.partitionKey).toBe('sensor-1');
    expect(report.streams.k.processed).toBe(report.streams.k.records);
  });

  it('a poison record blocks its shard and IteratorAge grows; maximumRetryAttempts sends batch metadata to the failure destination', () => {
    const [n, e] = nodes();
    const blocked = run(n, e, poison, 120).report;
    expect(blocked.streams.k.processed).toBeLessThan(10);
    expect(blocked.functions.f.IteratorAge.max).toBeGreaterThan(100_000);

    const [n2, e2] = nodes({ maximumRetryAttempts: 2 });
    const bounded = run(n2, e2, poison, 120).report;
    expect(bounded.streams.k.processed).toBe(bounded.streams.k.records);
    expect(bounded.destinations.fq.received).toBe(1);
    expect(bounded.queues.fq.sent).toBe(1);
    expect(bounded.functions.f.IteratorAge.max).toBeLessThan(10_000);
  });

  it('bisectBatchOnFunctionError isolates the poison record', () => {
    const [n, e] = nodes({ bisectBatchOnFunctionError: true, maximumRetryAttempts: 1 });
    const { report } = run(n, e, poison, 120);
    expect(report.destinations.fq.received).toBe(1);
    // only the poison record itself is discarded
    expect(report.streams.k.processed).toBe(report.streams.k.records);
  });
});

describe('HTTP sources', () => {
  const api = (payloadVersion: '1.0' | '2.0', timeoutSeconds = 29): [ScenarioNode[], ScenarioEdge[]] => [
    [
      { id: 'u', kind: 'client', name: 'users', traffic: { pattern: 'burst', count: 1, atSecond: 0 }, payloads: [{ body: { method: 'POST', path: '/orders', body: { id: 1 } } }] },
      { id: 'a', kind: 'apiGateway', name: 'api', payloadVersion, timeoutSeconds },
      fn({ timeoutSeconds: 5 } as Partial<ScenarioNode>),
    ],
    [
      { id: 'e1', from: 'u', to: 'a', kind: 'invoke' },
      { id: 'e2', from: 'a', to: 'f', kind: 'invoke' },
    ],
  ];

  it('REST (1.0): exact event, mapped statusCode, 502 for a malformed response or an error, 504 past the integration timeout', () => {
    const [n, e] = api('1.0');
    const good = run(n, e, () => ok(10, { statusCode: 201, body: 'created' }));
    expect(good.report.clients.u.statusCodes).toEqual({ '201': 1 });
    expect(good.seen[0]).toMatchObject({ httpMethod: 'POST', path: '/orders', body: '{"id":1}', requestContext: { stage: 'prod' } });
    expect(run(n, e, () => ok(10, { ok: true })).report.clients.u.statusCodes).toEqual({ '502': 1 });
    expect(run(n, e, () => fail).report.clients.u.statusCodes).toEqual({ '502': 1 });
    const [n2, e2] = api('1.0', 1);
    expect(run(n2, e2, () => ok(2000, { statusCode: 200 })).report.clients.u.statusCodes).toEqual({ '504': 1 });
  });

  it('HTTP API (2.0): plain JSON means 200; a Lambda throttle is a 500', () => {
    const [n, e] = api('2.0');
    const plain = run(n, e, () => ok(10, { hello: 'world' }));
    expect(plain.report.clients.u.statusCodes).toEqual({ '200': 1 });
    expect(plain.seen[0]).toMatchObject({ version: '2.0', rawPath: '/orders', requestContext: { http: { method: 'POST' } } });
    const throttled = run(n.map((x) => (x.kind === 'function' ? { ...x, reservedConcurrency: 0 } : x)), e, () => ok());
    expect(throttled.report.clients.u.statusCodes).toEqual({ '500': 1 });
  });

  it('function URLs: AWS_IAM refuses internet callers with 403, account callers get through', () => {
    const nodes = (origin: 'internet' | 'account'): ScenarioNode[] => [
      { id: 'u', kind: 'client', name: 'u', origin, traffic: { pattern: 'burst', count: 2, atSecond: 0 } },
      fn({ url: { authType: 'AWS_IAM' } } as Partial<ScenarioNode>),
    ];
    const edges: ScenarioEdge[] = [{ id: 'e', from: 'u', to: 'f', kind: 'invoke' }];
    expect(run(nodes('internet'), edges, () => ok(10, 'hi')).report.clients.u.statusCodes).toEqual({ '403': 2 });
    const inside = run(nodes('account'), edges, () => ok(10, 'hi'));
    expect(inside.report.clients.u.statusCodes).toEqual({ '200': 2 });
    expect(inside.seen[0]).toMatchObject({ version: '2.0', requestContext: { domainName: 'worker-url.lambda-url.us-east-1.on.aws' } });
  });
});

describe('push sources', () => {
  it('S3 PutObject notifies the function asynchronously with a URL-encoded key', () => {
    const { report, seen } = run(
      [
        { id: 'u', kind: 'client', name: 'u', traffic: { pattern: 'burst', count: 1, atSecond: 0 }, payloads: [{ body: { key: 'photos/my cat.jpg', body: 'x' } }] },
        { id: 'b', kind: 's3Bucket', name: 'uploads' },
        fn(),
      ],
      [
        { id: 's', from: 'u', to: 'b', kind: 'send' },
        { id: 'n', from: 'b', to: 'f', kind: 'notify', config: { events: ['s3:ObjectCreated:*'] } },
      ],
      () => ok(),
    );
    expect(report.functions.f.AsyncEventsReceived).toBe(1);
    expect(seen[0]).toMatchObject({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'uploads' }, object: { key: 'photos/my+cat.jpg', size: 1 } } }] });
  });

  it('SNS fans out to a function and a queue; EventBridge schedules fire on time', () => {
    const { report, seen } = run(
      [
        { id: 'u', kind: 'client', name: 'u', traffic: { pattern: 'burst', count: 3, atSecond: 0 } },
        { id: 't', kind: 'snsTopic', name: 'orders' },
        { id: 'q', kind: 'sqsQueue', name: 'audit' },
        { id: 'r', kind: 'eventBridgeRule', name: 'every-minute', schedule: 'rate(1 minute)' },
        fn(),
      ],
      [
        { id: 's', from: 'u', to: 't', kind: 'send' },
        { id: 'n1', from: 't', to: 'f', kind: 'notify' },
        { id: 'n2', from: 't', to: 'q', kind: 'notify' },
        { id: 'n3', from: 'r', to: 'f', kind: 'notify' },
      ],
      () => ok(),
      301,
    );
    expect(report.queues.q.sent).toBe(3);
    expect(JSON.parse(String(seen[0] && (seen[0].Records as { Sns: { Message: string } }[])[0].Sns.Message))).toEqual({});
    const scheduled = seen.filter((e) => e['detail-type'] === 'Scheduled Event');
    expect(scheduled).toHaveLength(5);
    expect(scheduled[0]).toMatchObject({ source: 'aws.events', time: '2026-01-01T00:01:00Z', resources: ['arn:aws:events:us-east-1:123456789012:rule/every-minute'] });
    expect(report.functions.f.Invocations).toBe(8);
  });
});

describe('DynamoDB operations from the service layer', () => {
  it('paginates Query with Limit / LastEvaluatedKey / ExclusiveStartKey and runs transactions all-or-nothing', async () => {
    const { World } = await import('../services/world');
    const scenario: Scenario = { version: 1, name: 'd', nodes: [{ id: 't', kind: 'dynamodbTable', name: 'orders', partitionKey: 'pk', sortKey: 'sk' }], edges: [] };
    let now = 0;
    const world = new World(scenario, { nowMs: () => now, at: () => {}, uuid: () => 'id', trace: () => {} } as never);
    const caller = { functionId: 'f', functionName: 'f', permissions: undefined, lineage: 0 };
    const call = (operation: string, input: Record<string, unknown>) => {
      let out: unknown;
      world.call({ service: 'dynamodb', operation, input }, caller, (r) => (out = r));
      return out as { ok: boolean; output: Record<string, unknown>; error: { name: string } };
    };
    for (let i = 0; i < 5; i++) call('PutItem', { TableName: 'orders', Item: { pk: { S: 'u1' }, sk: { S: `o${i}` }, n: { N: String(i) } } });
    const first = call('Query', { TableName: 'orders', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'u1' } }, Limit: 2 });
    expect((first.output.Items as unknown[]).length).toBe(2);
    expect(first.output.LastEvaluatedKey).toEqual({ pk: { S: 'u1' }, sk: { S: 'o1' } });
    const rest = call('Query', { TableName: 'orders', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'u1' } }, ExclusiveStartKey: first.output.LastEvaluatedKey, ProjectionExpression: 'sk' });
    expect(rest.output.Items).toEqual([{ sk: { S: 'o2' } }, { sk: { S: 'o3' } }, { sk: { S: 'o4' } }]);
    expect(rest.output.LastEvaluatedKey).toBeUndefined();
    now = 1;
    const cancelled = call('TransactWriteItems', {
      TransactItems: [
        { Put: { TableName: 'orders', Item: { pk: { S: 'u2' }, sk: { S: 'x' } } } },
        { Delete: { TableName: 'orders', Key: { pk: { S: 'u1' }, sk: { S: 'o0' } }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
    });
    expect(cancelled.error.name).toBe('TransactionCanceledException');
    expect(call('GetItem', { TableName: 'orders', Key: { pk: { S: 'u2' }, sk: { S: 'x' } } }).output.Item).toBeUndefined();
  });
});
