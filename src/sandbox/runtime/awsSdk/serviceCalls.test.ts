import { describe, expect, it } from 'vitest';
import { createNodeHost } from '../../node/createNodeHost';
import { manualServiceEnvironment } from '../../testing/manualServiceEnvironment';

const host = await createNodeHost();

const environment = (code: string, file?: string) => manualServiceEnvironment(host, code, file);

describe('SDK calls from handler code', () => {
  it('sends the command input to the engine and resolves with the output and $metadata', () => {
    const t = environment(`
      import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
      const s3 = new S3Client({ region: 'eu-west-1' });
      export const handler = async (event) => {
        const out = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: event.key }));
        return { text: await out.Body.transformToString(), meta: out.$metadata, type: out.ContentType, modified: out.LastModified instanceof Date };
      };`);
    t.env.init(0);
    expect(t.initOk()).toBe(true);
    t.invoke(100, { key: 'a.txt' });
    expect(t.calls).toEqual([{ atMs: 100, callId: 1, request: { service: 's3', operation: 'GetObject', input: { Bucket: 'b', Key: 'a.txt' } } }]);
    expect(t.done).toEqual([]);
    t.answer(130, 0, { ok: true, output: { Body: 'hello', ContentType: 'text/plain', LastModified: 5 } });
    expect(t.done).toHaveLength(1);
    expect(t.done[0].atMs).toBe(130);
    expect(t.done[0].outcome).toMatchObject({
      ok: true,
      payload: { text: 'hello', type: 'text/plain', modified: true, meta: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } },
    });
  });

  it('rejects with the service error: name, message, $metadata.httpStatusCode, instanceof the exported class', () => {
    const t = environment(`
      import { DynamoDBClient, PutItemCommand, ConditionalCheckFailedException, DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
      const db = new DynamoDBClient({});
      export const handler = async () => {
        try {
          await db.send(new PutItemCommand({ TableName: 't', Item: { pk: { S: '1' } }, ConditionExpression: 'attribute_not_exists(pk)' }));
          return 'no error';
        } catch (err) {
          return { name: err.name, message: err.message, status: err.$metadata.httpStatusCode, fault: err.$fault,
            typed: err instanceof ConditionalCheckFailedException, base: err instanceof DynamoDBServiceException, error: err instanceof Error };
        }
      };`);
    t.env.init(0);
    t.invoke(0);
    t.answer(10, 0, { ok: false, error: { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', statusCode: 400 } });
    expect(t.done[0].outcome).toEqual({
      ok: true,
      payload: { name: 'ConditionalCheckFailedException', message: 'The conditional request failed', status: 400, fault: 'client', typed: true, base: true, error: true },
    });
  });

  it('keeps a callback handler open while a call is in flight (the event loop is not empty)', () => {
    const t = environment(`
      const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
      const sqs = new SQSClient();
      exports.handler = (event, context, callback) => {
        sqs.send(new SendMessageCommand({ QueueUrl: 'q', MessageBody: 'x' })).then((out) => console.log('sent', out.MessageId));
        callback(null, 'ok');
      };`, 'index.js');
    t.env.init(0);
    t.invoke(0);
    expect(t.done).toEqual([]);
    t.answer(20, 0, { ok: true, output: { MessageId: 'm-1' } });
    expect(t.logs).toEqual(['sent m-1']);
    expect(t.done).toEqual([{ atMs: 20, outcome: { ok: true, payload: 'ok' } }]);
  });

  it('a fire-and-forget call answered while frozen resumes at the thaw, before the next handler runs', () => {
    const t = environment(`
      import { SNS } from '@aws-sdk/client-sns';
      const sns = new SNS({});
      let n = 0;
      export const handler = async () => {
        n++;
        if (n === 1) sns.publish({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', Message: 'm' }).then(() => console.log('published, seen by invoke', n));
        return n;
      };`);
    t.env.init(0);
    t.invoke(0);
    expect(t.done).toHaveLength(1);
    expect(t.logs).toEqual([]);
    // The engine holds the answer while frozen and delivers it just before the next invoke.
    t.answer(500, 0, { ok: true, output: { MessageId: 'x' } });
    expect(t.logs).toEqual(['published, seen by invoke 1']);
    t.invoke(500);
    expect(t.done[1].outcome).toEqual({ ok: true, payload: 2 });
  });

  it('an aborted environment ignores late answers', () => {
    const t = environment(`
      import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
      const ssm = new SSMClient({});
      export const handler = async () => { await ssm.send(new GetParameterCommand({ Name: 'p' })); console.log('resumed'); };`);
    t.env.init(0);
    t.invoke(0);
    t.env.abort(3000);
    t.answer(3100, 0, { ok: true, output: {} });
    expect(t.logs).toEqual([]);
    expect(t.done).toEqual([]);
  });

  it('top-level await on an SDK call finishes init when the answer arrives', () => {
    const t = environment(`
      import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
      const ssm = new SSMClient({});
      const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/app/key', WithDecryption: true }));
      export const handler = async () => Parameter.Value;`);
    t.env.init(0);
    expect(t.initOk()).toBe(null);
    expect(t.calls[0].request).toEqual({ service: 'ssm', operation: 'GetParameter', input: { Name: '/app/key', WithDecryption: true } });
    t.answer(40, 0, { ok: true, output: { Parameter: { Name: '/app/key', Value: 'secret' } } });
    expect(t.initOk()).toBe(true);
    t.invoke(50);
    expect(t.done[0].outcome).toEqual({ ok: true, payload: 'secret' });
  });

  it('the input is copied when sent: later mutation does not reach the service', () => {
    const t = environment(`
      import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
      const db = new DynamoDBClient({});
      export const handler = async () => {
        const item = { pk: { S: 'a' } };
        const p = db.send(new PutItemCommand({ TableName: 't', Item: item }));
        item.pk.S = 'changed';
        await p;
      };`);
    t.env.init(0);
    t.invoke(0);
    expect(t.calls[0].request.input).toEqual({ TableName: 't', Item: { pk: { S: 'a' } } });
  });
});
