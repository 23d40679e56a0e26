// AWS SDK calls from handler code against the engine: error names, the execution role,
// recursive loop detection, and answers that arrive while the environment is frozen.
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import { simulateWithLogs, userLines } from './simulateWithLogs';

const scenario = (nodes: ScenarioNode[], edges: ScenarioEdge[], durationSeconds = 60): Scenario => ({
  version: 1,
  name: 'aws-sdk-rules',
  seed: 3,
  durationSeconds,
  cpu: 'ignored',
  nodes,
  edges,
});
const fn = (id: string, code: string, extra: Record<string, unknown> = {}): ScenarioNode =>
  ({ id, kind: 'function', name: id, files: { 'index.mjs': code }, timeoutSeconds: 10, ...extra }) as ScenarioNode;
const burst = (id: string, atSecond: number, count = 1, body: unknown = {}): ScenarioNode =>
  ({ id, kind: 'client', name: id, origin: 'account', traffic: { pattern: 'burst', count, atSecond }, payloads: [{ body }] }) as ScenarioNode;
const edge = (from: string, to: string, kind: ScenarioEdge['kind'], config?: Record<string, unknown>): ScenarioEdge => ({ id: `${from}-${to}-${kind}`, from, to, kind, config });

/** Calls one SDK operation and logs the outcome: "ok" or the error's name, status and class check. */
const probe = (imports: string, call: string, errorClass = 'Error') => `
  ${imports}
  export const handler = async () => {
    try {
      await ${call};
      console.log('ok');
    } catch (err) {
      console.log([err.name, err.$metadata?.httpStatusCode, err instanceof ${errorClass}, err.message].join(' | '));
    }
  };`;

async function probeLines(code: string, nodes: ScenarioNode[] = [], extra: Record<string, unknown> = {}): Promise<string[]> {
  const { report, logs } = await simulateWithLogs(scenario([burst('c', 1), fn('f', code, extra), ...nodes], [edge('c', 'f', 'invoke')]));
  expect(report.functions.f.Errors).toBe(0);
  return userLines(logs, 'f').map((l) => l.message);
}

describe('service errors reach handler code with the SDK names', () => {
  it('S3 GetObject of a missing key: NoSuchKey (404), instanceof NoSuchKey', async () => {
    const lines = await probeLines(
      probe("import { S3Client, GetObjectCommand, NoSuchKey } from '@aws-sdk/client-s3';", "new S3Client({}).send(new GetObjectCommand({ Bucket: 'docs', Key: 'missing.txt' }))", 'NoSuchKey'),
      [{ id: 'b', kind: 's3Bucket', name: 'docs' } as ScenarioNode],
    );
    expect(lines).toEqual(['NoSuchKey | 404 | true | The specified key does not exist.']);
  });

  it('DynamoDB conditional write on an existing item: ConditionalCheckFailedException (400)', async () => {
    const code = `
      import { DynamoDBClient, PutItemCommand, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
      const db = new DynamoDBClient({});
      const put = () => db.send(new PutItemCommand({ TableName: 'users', Item: { pk: { S: 'u1' } }, ConditionExpression: 'attribute_not_exists(pk)' }));
      export const handler = async () => {
        await put();
        try {
          await put();
        } catch (err) {
          console.log([err.name, err.$metadata.httpStatusCode, err instanceof ConditionalCheckFailedException].join(' | '));
        }
      };`;
    expect(await probeLines(code, [{ id: 't', kind: 'dynamodbTable', name: 'users' } as ScenarioNode])).toEqual(['ConditionalCheckFailedException | 400 | true']);
  });

  it('an unknown table, queue and function: ResourceNotFoundException and friends', async () => {
    const code = `
      import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
      import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
      import { Lambda } from '@aws-sdk/client-lambda';
      import { SQS, SQSServiceException } from '@aws-sdk/client-sqs';
      export const handler = async () => {
        const results = await Promise.allSettled([
          DynamoDBDocument.from(new DynamoDBClient({})).get({ TableName: 'nope', Key: { pk: 'x' } }),
          new Lambda({}).invoke({ FunctionName: 'nope', Payload: '{}' }),
          new SQS({}).sendMessage({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/nope', MessageBody: 'x' }),
        ]);
        for (const r of results) console.log(r.reason.name + ' ' + r.reason.$metadata.httpStatusCode);
        console.log(results[2].reason instanceof SQSServiceException);
      };`;
    expect(await probeLines(code)).toEqual(['ResourceNotFoundException 400', 'ResourceNotFoundException 404', 'QueueDoesNotExist 400', 'true']);
  });

  it('an uncaught service error fails the invocation; a Lambda Invoke caller sees FunctionError and the errorType', async () => {
    const caller = `
      import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
      export const handler = async () => {
        const out = await new LambdaClient({}).send(new InvokeCommand({ FunctionName: 'arn:aws:lambda:us-east-1:123456789012:function:f', Payload: JSON.stringify({ key: 'nope' }) }));
        const error = JSON.parse(out.Payload.transformToString());
        console.log([out.StatusCode, out.FunctionError, error.errorType, error.errorMessage].join(' | '));
      };`;
    const { report, logs } = await simulateWithLogs(
      scenario(
        [
          burst('c', 1),
          { id: 'b', kind: 's3Bucket', name: 'docs' } as ScenarioNode,
          fn('caller', caller),
          fn('f', "import { S3 } from '@aws-sdk/client-s3'; export const handler = async (event) => new S3({}).getObject({ Bucket: 'docs', Key: event.key });"),
        ],
        [edge('c', 'caller', 'invoke')],
      ),
    );
    expect(report.functions.f).toMatchObject({ Invocations: 1, Errors: 1 });
    expect(report.functions.caller).toMatchObject({ Invocations: 1, Errors: 0 });
    expect(userLines(logs, 'caller').map((l) => l.message)).toEqual(['200 | Unhandled | NoSuchKey | The specified key does not exist.']);
  });
});

describe('the execution role', () => {
  it('an action missing from the function permissions is AccessDeniedException (403); allowed ones succeed', async () => {
    const code = `
      import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
      import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
      import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
      const calls = {
        put: () => new DynamoDBClient({}).send(new PutItemCommand({ TableName: 'users', Item: { pk: { S: 'a' } } })),
        s3: () => new S3Client({}).send(new PutObjectCommand({ Bucket: 'docs', Key: 'k', Body: 'x' })),
        sqs: () => new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'jobs', MessageBody: 'x' })),
      };
      export const handler = async () => {
        for (const [name, call] of Object.entries(calls)) {
          try {
            await call();
            console.log(name + ' ok');
          } catch (err) {
            console.log(name + ' ' + err.name + ' ' + err.$metadata.httpStatusCode + ' ' + err.message);
          }
        }
      };`;
    const lines = await probeLines(
      code,
      [{ id: 't', kind: 'dynamodbTable', name: 'users' }, { id: 'b', kind: 's3Bucket', name: 'docs' }, { id: 'q', kind: 'sqsQueue', name: 'jobs' }] as ScenarioNode[],
      { permissions: ['sqs:SendMessage', 's3:GetObject'] },
    );
    expect(lines).toEqual([
      expect.stringMatching(/^put AccessDeniedException 403 User: arn:aws:sts::123456789012:assumed-role\/f-role\/f is not authorized to perform: dynamodb:PutItem/),
      expect.stringMatching(/^s3 AccessDenied 403 .*s3:PutObject/),
      'sqs ok',
    ]);
  });
});

describe('recursive loop detection', () => {
  const loop = (recursiveLoop?: 'Allow' | 'Terminate', durationSeconds = 60) =>
    scenario(
      [
        burst('c', 1),
        { id: 'q', kind: 'sqsQueue', name: 'loop' } as ScenarioNode,
        fn(
          'f',
          `import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
           const sqs = new SQSClient({});
           export const handler = async (event) => {
             const hop = JSON.parse(event.Records[0].body).hop ?? 0;
             await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ hop: hop + 1 }) }));
           };`,
          { environment: { QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/loop' }, ...(recursiveLoop ? { recursiveLoop } : {}) },
        ),
      ],
      [edge('c', 'q', 'send'), edge('q', 'f', 'eventSourceMapping', { batchSize: 1 })],
      durationSeconds,
    );

  it('a function that sends back to its own trigger queue is stopped after about 16 hops', async () => {
    const { report } = await simulateWithLogs(loop());
    expect(report.functions.f.RecursiveInvocationsDropped).toBeGreaterThan(0);
    expect(report.functions.f.Invocations).toBeGreaterThanOrEqual(14);
    expect(report.functions.f.Invocations).toBeLessThanOrEqual(17);
  });

  it('the same for a function that writes back to the bucket that notifies it', async () => {
    const { report } = await simulateWithLogs(
      scenario(
        [
          burst('c', 1, 1, { key: 'in/0.txt', body: '0' }),
          { id: 'b', kind: 's3Bucket', name: 'ping' } as ScenarioNode,
          fn(
            'f',
            `import { S3 } from '@aws-sdk/client-s3';
             const s3 = new S3({});
             export const handler = async (event) => {
               const n = Number(event.Records[0].s3.object.key.split('/')[1].split('.')[0]) + 1;
               await s3.putObject({ Bucket: 'ping', Key: 'in/' + n + '.txt', Body: String(n) });
             };`,
          ),
        ],
        [edge('c', 'b', 'send'), edge('b', 'f', 'notify')],
      ),
    );
    expect(report.functions.f.RecursiveInvocationsDropped).toBeGreaterThan(0);
    expect(report.functions.f.Invocations).toBeLessThanOrEqual(17);
  });

  it('the same for a function that invokes itself asynchronously with the Lambda SDK', async () => {
    const { report } = await simulateWithLogs(
      scenario(
        [
          burst('c', 1),
          fn(
            'f',
            `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
             const lambda = new LambdaClient({});
             export const handler = async (event, context) => {
               await lambda.send(new InvokeCommand({ FunctionName: context.functionName, InvocationType: 'Event', Payload: JSON.stringify({ hop: (event.hop ?? 0) + 1 }) }));
             };`,
          ),
        ],
        [edge('c', 'f', 'invoke')],
      ),
    );
    expect(report.functions.f.RecursiveInvocationsDropped).toBeGreaterThan(0);
    expect(report.functions.f.Invocations).toBeLessThanOrEqual(17);
  });

  it("recursiveLoop: 'Allow' lets it keep going", async () => {
    const { report } = await simulateWithLogs(loop('Allow', 10));
    expect(report.functions.f.RecursiveInvocationsDropped).toBe(0);
    expect(report.functions.f.Invocations).toBeGreaterThan(50);
  });
});

describe('freeze and thaw', () => {
  it('a call the handler did not await resumes on the next invoke of that environment, not before', async () => {
    const code = `
      import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
      const sqs = new SQSClient({});
      let invocation = 0;
      export const handler = async () => {
        const mine = ++invocation;
        console.log('start ' + mine);
        sqs.send(new SendMessageCommand({ QueueUrl: 'audit', MessageBody: String(mine) })).then(() => console.log('sent during invocation ' + mine + ', resumed in ' + invocation));
        return 'done';
      };`;
    const { report, logs } = await simulateWithLogs(
      scenario(
        [burst('first', 1), burst('second', 20), { id: 'q', kind: 'sqsQueue', name: 'audit' } as ScenarioNode, fn('f', code)],
        [edge('first', 'f', 'invoke'), edge('second', 'f', 'invoke')],
      ),
    );
    expect(report.functions.f).toMatchObject({ Invocations: 2, ColdStarts: 1, Errors: 0 });
    // The service performed both sends when they were made; only the answers wait for a thaw.
    expect(report.queues.q.sent).toBe(2);
    const lines = userLines(logs, 'f');
    expect(lines.map((l) => l.message)).toEqual(['start 1', 'sent during invocation 1, resumed in 1', 'start 2']);
    expect(lines[0].tMs).toBeLessThan(2000);
    expect(lines[1].tMs).toBe(lines[2].tMs);
    expect(lines[2].tMs).toBe(20_000);
  });
});

describe('paginators', () => {
  it('paginateListObjectsV2 follows continuation tokens over objects other handlers wrote', async () => {
    const code = `
      import { S3Client, PutObjectCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
      const client = new S3Client({});
      export const handler = async () => {
        for (let i = 0; i < 7; i++) await client.send(new PutObjectCommand({ Bucket: 'docs', Key: 'k' + i, Body: 'x'.repeat(i) }));
        const pages = [];
        for await (const page of paginateListObjectsV2({ client, pageSize: 3 }, { Bucket: 'docs' })) pages.push(page.Contents.map((o) => o.Key + ':' + o.Size).join(','));
        console.log(pages.join(' / '));
      };`;
    expect(await probeLines(code, [{ id: 'b', kind: 's3Bucket', name: 'docs' } as ScenarioNode])).toEqual(['k0:0,k1:1,k2:2 / k3:3,k4:4,k5:5 / k6:6']);
  });
});

describe('SDK retries', () => {
  const caller = (maxAttempts?: number) => `
    import { LambdaClient, InvokeCommand, TooManyRequestsException } from '@aws-sdk/client-lambda';
    const lambda = new LambdaClient(${maxAttempts ? `{ maxAttempts: ${maxAttempts} }` : '{}'});
    export const handler = async () => {
      const started = Date.now();
      try {
        await lambda.send(new InvokeCommand({ FunctionName: 'busy', Payload: '{}' }));
      } catch (err) {
        const waited = Date.now() - started;
        console.log([err.name, err instanceof TooManyRequestsException, err.$metadata.attempts, err.$metadata.totalRetryDelay > 0, waited >= err.$metadata.totalRetryDelay].join(' | '));
      }
    };`;
  const run = (maxAttempts?: number) =>
    simulateWithLogs(
      scenario(
        [burst('c', 1), fn('caller', caller(maxAttempts)), fn('busy', 'export const handler = async () => 1;', { reservedConcurrency: 0 })],
        [edge('c', 'caller', 'invoke')],
      ),
    );

  it('a throttled Invoke is retried with backoff (3 attempts by default), each attempt a throttle', async () => {
    const { report, logs } = await run();
    expect(userLines(logs, 'caller').map((l) => l.message)).toEqual(['TooManyRequestsException | true | 3 | true | true']);
    expect(report.functions.busy.Throttles).toBe(3);
  });

  it('maxAttempts: 1 turns retries off', async () => {
    const { report, logs } = await run(1);
    expect(userLines(logs, 'caller').map((l) => l.message)).toEqual(['TooManyRequestsException | true | 1 | false | true']);
    expect(report.functions.busy.Throttles).toBe(1);
  });
});

describe('fan-out and configuration from handler code', () => {
  it('SNS Publish and EventBridge PutEvents reach subscribed functions; SSM SecureString needs WithDecryption', async () => {
    const publisher = `
      import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
      import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
      import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
      const ssm = new SSMClient({});
      export const handler = async () => {
        const plain = await ssm.send(new GetParameterCommand({ Name: '/shop/api-key' }));
        const clear = await ssm.send(new GetParameterCommand({ Name: '/shop/api-key', WithDecryption: true }));
        console.log(plain.Parameter.Type + ' ' + (plain.Parameter.Value !== 'sekrit') + ' ' + clear.Parameter.Value);
        await new SNSClient({}).send(new PublishCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', Message: JSON.stringify({ order: 1 }) }));
        const out = await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'OrderPlaced', Detail: JSON.stringify({ order: 2 }) }] }));
        console.log('failed entries ' + out.FailedEntryCount);
      };`;
    const { report, logs } = await simulateWithLogs(
      scenario(
        [
          burst('c', 1),
          fn('publisher', publisher),
          { id: 'key', kind: 'parameter', name: '/shop/api-key', value: 'sekrit', secure: true } as ScenarioNode,
          { id: 'topic', kind: 'snsTopic', name: 'orders' } as ScenarioNode,
          { id: 'rule', kind: 'eventBridgeRule', name: 'placed', eventPattern: { source: ['shop'], 'detail-type': ['OrderPlaced'] } } as ScenarioNode,
          fn('onSns', "export const handler = async (e) => console.log('sns ' + e.Records[0].Sns.Message);"),
          fn('onEvent', "export const handler = async (e) => console.log('event ' + e.source + ' ' + e.detail.order);"),
        ],
        [edge('c', 'publisher', 'invoke'), edge('topic', 'onSns', 'notify'), edge('rule', 'onEvent', 'notify')],
      ),
    );
    expect(userLines(logs, 'publisher').map((l) => l.message)).toEqual(['SecureString true sekrit', 'failed entries 0']);
    expect(userLines(logs, 'onSns').map((l) => l.message)).toEqual(['sns {"order":1}']);
    expect(userLines(logs, 'onEvent').map((l) => l.message)).toEqual(['event shop 2']);
    expect(report.functions.onSns.Invocations + report.functions.onEvent.Invocations).toBe(2);
  });
});
