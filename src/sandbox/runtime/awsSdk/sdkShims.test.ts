import { describe, expect, it } from 'vitest';
import { createNodeHost } from '../../node/createNodeHost';
import { manualServiceEnvironment } from '../../testing/manualServiceEnvironment';
import { marshall, unmarshall } from './dynamoMarshall';

const host = await createNodeHost();

/** Runs one invoke whose calls are answered in order with `outputs`; returns requests and result. */
function run(code: string, outputs: Record<string, unknown>[] = [], file?: string) {
  const t = manualServiceEnvironment(host, code, file);
  t.env.init(0);
  expect(t.initOk()).toBe(true);
  t.invoke(0);
  for (let i = 0; i < outputs.length && t.done.length === 0; i++) t.answer(10 * (i + 1), i, { ok: true, output: outputs[i] });
  return { requests: t.calls.map((c) => c.request), result: t.done[0]?.outcome, logs: t.logs };
}

describe('client styles', () => {
  it('aggregated clients, callbacks, require() and config.region', () => {
    const { requests, result } = run(
      `const { S3 } = require('@aws-sdk/client-s3');
       const s3 = new S3({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
       exports.handler = async () => {
         const put = await s3.putObject({ Bucket: 'b', Key: 'k', Body: Buffer.from('héllo') });
         const viaCallback = await new Promise((resolve, reject) => s3.headObject({ Bucket: 'b', Key: 'k' }, (err, data) => (err ? reject(err) : resolve(data))));
         return { etag: put.ETag, size: viaCallback.ContentLength, region: await s3.config.region() };
       };`,
      [{ ETag: '"abc"' }, { ContentLength: 6 }],
      'index.js',
    );
    expect(requests).toEqual([
      { service: 's3', operation: 'PutObject', input: { Bucket: 'b', Key: 'k', Body: 'héllo' } },
      { service: 's3', operation: 'HeadObject', input: { Bucket: 'b', Key: 'k' } },
    ]);
    expect(result).toEqual({ ok: true, payload: { etag: '"abc"', size: 6, region: 'eu-west-1' } });
  });

  it('a command of another service is refused by send()', () => {
    const { result } = run(`
      import { S3Client } from '@aws-sdk/client-s3';
      import { SendMessageCommand } from '@aws-sdk/client-sqs';
      export const handler = async () => new S3Client({}).send(new SendMessageCommand({})).catch((e) => e.message);`);
    expect(result).toEqual({ ok: true, payload: 'S3Client.send() needs a command from @aws-sdk/client-s3' });
  });
});

describe('S3 object bodies', () => {
  it('GetObject Body: transformToString, byte arrays, async iteration, data events; readable once', () => {
    const { result } = run(
      `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
       const s3 = new S3Client({});
       const get = () => s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
       export const handler = async () => {
         const a = await get();
         const text = await a.Body.transformToString();
         const again = await a.Body.transformToString().catch((e) => e.message);
         const bytes = await (await get()).Body.transformToByteArray();
         const chunks = [];
         for await (const chunk of (await get()).Body) chunks.push(chunk);
         const body = (await get()).Body;
         const streamed = await new Promise((resolve, reject) => {
           const parts = [];
           body.on('data', (c) => parts.push(c));
           body.on('error', reject);
           body.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
         });
         const array = Buffer.concat(await (await get()).Body.toArray()).toString();
         return { text, again, bytes: bytes instanceof Uint8Array ? bytes.length : 'no', iterated: Buffer.concat(chunks).toString(), streamed, array };
       };`,
      [{ Body: 'héllo' }, { Body: 'héllo' }, { Body: 'héllo' }, { Body: 'héllo' }, { Body: 'héllo' }],
    );
    expect(result).toEqual({
      ok: true,
      payload: { text: 'héllo', again: 'The stream has already been transformed.', bytes: 6, iterated: 'héllo', streamed: 'héllo', array: 'héllo' },
    });
  });
});

describe('DynamoDB', () => {
  it('DocumentClient marshals Item/Key/ExpressionAttributeValues and unmarshals Item/Items/Attributes', () => {
    const { requests, result } = run(
      `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
       import { DynamoDBDocumentClient, PutCommand, GetCommand, QueryCommand, UpdateCommand, DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
       const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
       const agg = DynamoDBDocument.from(new DynamoDBClient({}));
       export const handler = async () => {
         await doc.send(new PutCommand({ TableName: 't', Item: { pk: 'a', n: 1, tags: new Set(['x']), nested: { ok: true, list: [1, 'two', null] } } }));
         const { Item } = await doc.send(new GetCommand({ TableName: 't', Key: { pk: 'a' } }));
         const { Items } = await agg.query({ TableName: 't', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'a' } });
         const { Attributes } = await doc.send(new UpdateCommand({ TableName: 't', Key: { pk: 'a' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'ALL_NEW' }));
         return { Item, Items, Attributes };
       };`,
      [{}, { Item: { pk: { S: 'a' }, n: { N: '1' } } }, { Items: [{ pk: { S: 'a' } }], Count: 1 }, { Attributes: { pk: { S: 'a' }, n: { N: '2' } } }],
    );
    expect(requests.map((r) => r.input)).toEqual([
      { TableName: 't', Item: { pk: { S: 'a' }, n: { N: '1' }, tags: { SS: ['x'] }, nested: { M: { ok: { BOOL: true }, list: { L: [{ N: '1' }, { S: 'two' }, { NULL: true }] } } } } },
      { TableName: 't', Key: { pk: { S: 'a' } } },
      { TableName: 't', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'a' } } },
      { TableName: 't', Key: { pk: { S: 'a' } }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'ALL_NEW' },
    ]);
    expect(requests.map((r) => r.operation)).toEqual(['PutItem', 'GetItem', 'Query', 'UpdateItem']);
    expect(result).toEqual({ ok: true, payload: { Item: { pk: 'a', n: 1 }, Items: [{ pk: 'a' }], Attributes: { pk: 'a', n: 2 } } });
  });

  it('DocumentClient refuses undefined values unless removeUndefinedValues, as the SDK does', () => {
    const { requests, result } = run(`
      import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
      import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
      const strict = DynamoDBDocumentClient.from(new DynamoDBClient({}));
      export const handler = async () => strict.send(new PutCommand({ TableName: 't', Item: { pk: 'a', x: undefined } })).catch((e) => e.message);`);
    expect(requests).toEqual([]);
    expect(result).toEqual({ ok: true, payload: 'Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.' });
  });

  it('util-dynamodb marshall/unmarshall round trip', () => {
    const value = { s: 'x', n: 1.5, b: false, nul: null, l: [1, { m: 'y' }], ss: new Set(['a', 'b']), ns: new Set([1, 2]), bin: new Uint8Array([1, 2]) };
    const attrs = marshall(value);
    expect(attrs).toMatchObject({ s: { S: 'x' }, n: { N: '1.5' }, b: { BOOL: false }, nul: { NULL: true }, ss: { SS: ['a', 'b'] }, ns: { NS: ['1', '2'] } });
    expect(unmarshall(attrs)).toEqual(value);
    expect(() => marshall({ s: new Set() })).toThrow('Pass a non-empty set, or options.convertEmptyValues=true.');
    expect(() => marshall({ d: new Date(0) })).toThrow(/convertClassInstanceToMap/);
  });
});

describe('Lambda, Kinesis, SQS, SNS, EventBridge, SSM', () => {
  it('Lambda Invoke takes Payload as string or bytes and returns a Uint8Array with transformToString', () => {
    const { requests, result } = run(
      `import { LambdaClient, InvokeCommand, LogType } from '@aws-sdk/client-lambda';
       const lambda = new LambdaClient({});
       export const handler = async () => {
         const a = await lambda.send(new InvokeCommand({ FunctionName: 'other', LogType: LogType.Tail, Payload: new TextEncoder().encode(JSON.stringify({ n: 1 })) }));
         if (Buffer.from(a.LogResult, 'base64').toString() !== '') throw new Error('log tail');
         const b = await lambda.send(new InvokeCommand({ FunctionName: 'other', InvocationType: 'Event', Payload: JSON.stringify({ n: 2 }) }));
         return { a: JSON.parse(new TextDecoder().decode(a.Payload)), text: a.Payload.transformToString(), bytes: a.Payload instanceof Uint8Array, error: 'FunctionError' in a, status: [a.StatusCode, a.$metadata.httpStatusCode, b.StatusCode, b.$metadata.httpStatusCode] };
       };`,
      [{ StatusCode: 200, Payload: '{"ok":true}', FunctionError: undefined }, { StatusCode: 202, Payload: '' }],
    );
    expect(requests.map((r) => r.input)).toEqual([
      { FunctionName: 'other', LogType: 'Tail', Payload: '{"n":1}' },
      { FunctionName: 'other', InvocationType: 'Event', Payload: '{"n":2}' },
    ]);
    expect(result).toEqual({ ok: true, payload: { a: { ok: true }, text: '{"ok":true}', bytes: true, error: false, status: [200, 200, 202, 202] } });
  });

  it('Kinesis Data as bytes or string; the other services pass their inputs through', () => {
    const { requests, result } = run(
      `import { Kinesis } from '@aws-sdk/client-kinesis';
       import { SQS } from '@aws-sdk/client-sqs';
       import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
       import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
       import { SSMClient, GetParametersCommand } from '@aws-sdk/client-ssm';
       export const handler = async () => {
         const k = new Kinesis({});
         await k.putRecord({ StreamName: 's', PartitionKey: 'p', Data: Buffer.from('{"t":1}') });
         await k.putRecords({ StreamName: 's', Records: [{ PartitionKey: 'p', Data: new TextEncoder().encode('x') }, { PartitionKey: 'q', Data: 'y' }] });
         await new SQS({}).sendMessageBatch({ QueueUrl: 'q', Entries: [{ Id: '1', MessageBody: 'a' }] });
         await new SNSClient({}).send(new PublishCommand({ TopicArn: 't', Message: 'm' }));
         await new EventBridgeClient({}).send(new PutEventsCommand({ Entries: [{ Source: 's', DetailType: 'd', Detail: '{}' }] }));
         const { Parameters } = await new SSMClient({}).send(new GetParametersCommand({ Names: ['a'], WithDecryption: true }));
         return Parameters;
       };`,
      [{}, {}, {}, {}, {}, { Parameters: [{ Name: 'a', Value: 'v' }] }],
    );
    expect(requests).toEqual([
      { service: 'kinesis', operation: 'PutRecord', input: { StreamName: 's', PartitionKey: 'p', Data: '{"t":1}' } },
      { service: 'kinesis', operation: 'PutRecords', input: { StreamName: 's', Records: [{ PartitionKey: 'p', Data: 'x' }, { PartitionKey: 'q', Data: 'y' }] } },
      { service: 'sqs', operation: 'SendMessageBatch', input: { QueueUrl: 'q', Entries: [{ Id: '1', MessageBody: 'a' }] } },
      { service: 'sns', operation: 'Publish', input: { TopicArn: 't', Message: 'm' } },
      { service: 'eventbridge', operation: 'PutEvents', input: { Entries: [{ Source: 's', DetailType: 'd', Detail: '{}' }] } },
      { service: 'ssm', operation: 'GetParameters', input: { Names: ['a'], WithDecryption: true } },
    ]);
    expect(result).toEqual({ ok: true, payload: [{ Name: 'a', Value: 'v' }] });
  });

  it('the SDK for JavaScript v2 is not there, as on nodejs18.x and later', () => {
    const v2 = manualServiceEnvironment(host, "const AWS = require('aws-sdk'); exports.handler = async () => 1;", 'index.js');
    v2.env.init(0);
    expect(v2.initOk()).toBe(false);
    const other = run("exports.handler = async () => { try { require('@aws-sdk/client-rds'); } catch (e) { return e.message; } };", [], 'index.js');
    expect(other.result).toMatchObject({ ok: true, payload: expect.stringContaining("Cannot find module '@aws-sdk/client-rds' (the Lambda Playground simulates @aws-sdk/client-s3,") });
  });
});
