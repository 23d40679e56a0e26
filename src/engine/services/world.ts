import type { Scenario } from '../scenarioTypes';
import type { ServiceRequest, ServiceResponse } from '../handlerHost';
import { SIMULATION_EPOCH_MS } from '../clock';
import { DynamoTable } from './dynamoTable';
import { compileCondition, ExpressionError, type Item } from './dynamoExpressions';
import { md5Hex } from './md5';
import { RecordStream } from './recordStream';
import { SqsQueue } from './sqsQueue';
import { arn, resourceName, ServiceError, type SimContext } from './simContext';

export interface S3Object {
  key: string;
  body: string;
  size: number;
  etag: string;
  lastModifiedMs: number;
  contentType: string;
}

export interface S3Bucket {
  nodeId: string;
  name: string;
  objects: Map<string, S3Object>;
}

export interface SnsTopic {
  nodeId: string;
  name: string;
  arn: string;
}

export interface Parameter {
  nodeId: string;
  name: string;
  value: string;
  secure: boolean;
}

export interface EventBridgeEntry {
  source: string;
  detailType: string;
  detail: unknown;
}

/** Side effects that reach beyond one service: notifications and event fan-out. */
export interface WorldHooks {
  s3Event(bucket: S3Bucket, eventName: string, object: S3Object, lineage: number): void;
  snsPublish(topic: SnsTopic, message: string, subject: string | undefined, attributes: unknown, lineage: number): void;
  putEvents(entries: EventBridgeEntry[], lineage: number): void;
}

export interface Caller {
  functionId: string;
  functionName: string;
  /** Execution-role actions; undefined = what the wiring needs (everything here). */
  permissions: string[] | undefined;
  lineage: number;
}

/** The state of every simulated AWS resource of a scenario, and the SDK operations on it. */
export class World {
  readonly buckets = new Map<string, S3Bucket>();
  readonly tables = new Map<string, DynamoTable>();
  readonly queues = new Map<string, SqsQueue>();
  readonly topics = new Map<string, SnsTopic>();
  readonly streams = new Map<string, RecordStream>();
  readonly parameters = new Map<string, Parameter>();
  /** Resources by node id. */
  readonly nodes = new Map<string, S3Bucket | DynamoTable | SqsQueue | SnsTopic | RecordStream | Parameter>();
  hooks: WorldHooks | null = null;

  constructor(
    scenario: Scenario,
    private readonly ctx: SimContext,
  ) {
    for (const node of scenario.nodes) {
      switch (node.kind) {
        case 's3Bucket': {
          const bucket: S3Bucket = { nodeId: node.id, name: node.name, objects: new Map() };
          this.buckets.set(node.name, bucket);
          this.nodes.set(node.id, bucket);
          break;
        }
        case 'dynamodbTable': {
          const table = new DynamoTable(node, node.name);
          this.tables.set(node.name, table);
          this.nodes.set(node.id, table);
          break;
        }
        case 'sqsQueue': {
          const queue = new SqsQueue(node, node.name);
          this.queues.set(node.name, queue);
          this.nodes.set(node.id, queue);
          break;
        }
        case 'snsTopic': {
          const topic: SnsTopic = { nodeId: node.id, name: node.name, arn: arn('sns', node.name) };
          this.topics.set(node.name, topic);
          this.nodes.set(node.id, topic);
          break;
        }
        case 'kinesisStream': {
          const stream = new RecordStream(node.name, arn('kinesis', `stream/${node.name}`), node.shards ?? 1, (node.retentionHours ?? 24) * 3_600_000);
          this.streams.set(node.name, stream);
          this.nodes.set(node.id, stream);
          break;
        }
        case 'parameter': {
          const parameter: Parameter = { nodeId: node.id, name: node.name, value: node.value, secure: node.secure ?? false };
          this.parameters.set(node.name, parameter);
          this.nodes.set(node.id, parameter);
          break;
        }
      }
    }
    for (const edge of scenario.edges) {
      if (edge.kind !== 'redrive') continue;
      const source = this.nodes.get(edge.from);
      const target = this.nodes.get(edge.to);
      if (source instanceof SqsQueue && target instanceof SqsQueue) {
        source.redrive = { target, maxReceiveCount: Number(edge.config?.maxReceiveCount ?? 5) };
      }
    }
  }

  /** Performs one SDK call. respond() is called now for most operations, later for Lambda Invoke. */
  call(request: ServiceRequest, caller: Caller, respond: (response: ServiceResponse) => void): void {
    try {
      const action = `${IAM_PREFIX[request.service]}:${request.operation}`;
      if (caller.permissions && !allows(caller.permissions, action)) throw accessDenied(request, caller, action);
      if (request.service === 'lambda') return this.invoke(request.input, caller, respond);
      respond({ ok: true, output: this.perform(request, caller) });
    } catch (error) {
      if (error instanceof ServiceError) {
        respond({ ok: false, error: { name: error.errorName, message: error.message, statusCode: error.statusCode } });
      } else if (error instanceof ExpressionError) {
        respond({ ok: false, error: { name: 'ValidationException', message: error.message, statusCode: 400 } });
      } else {
        respond({ ok: false, error: { name: 'InternalFailure', message: String((error as Error)?.message ?? error), statusCode: 500 } });
      }
    }
  }

  private perform(request: ServiceRequest, caller: Caller): Record<string, unknown> {
    const input = request.input;
    const now = this.ctx.nowMs();
    const op = `${request.service}.${request.operation}`;
    switch (op) {
      // ---- S3 ----
      case 's3.PutObject': {
        const bucket = this.bucket(input.Bucket);
        const key = String(input.Key ?? '');
        const body = typeof input.Body === 'string' ? input.Body : input.Body === undefined ? '' : JSON.stringify(input.Body);
        const object: S3Object = {
          key,
          body,
          size: byteLength(body),
          etag: `"${md5Hex(body)}"`,
          lastModifiedMs: now,
          contentType: String(input.ContentType ?? 'application/octet-stream'),
        };
        bucket.objects.set(key, object);
        this.hooks?.s3Event(bucket, 'ObjectCreated:Put', object, caller.lineage);
        return { ETag: object.etag };
      }
      case 's3.GetObject':
      case 's3.HeadObject': {
        const bucket = this.bucket(input.Bucket);
        const object = bucket.objects.get(String(input.Key));
        if (!object) {
          throw request.operation === 'HeadObject'
            ? new ServiceError('NotFound', 'Not Found', 404)
            : new ServiceError('NoSuchKey', 'The specified key does not exist.', 404);
        }
        const out: Record<string, unknown> = {
          ContentLength: object.size,
          ContentType: object.contentType,
          ETag: object.etag,
          LastModified: SIMULATION_EPOCH_MS + object.lastModifiedMs,
        };
        if (request.operation === 'GetObject') out.Body = object.body;
        return out;
      }
      case 's3.DeleteObject': {
        const bucket = this.bucket(input.Bucket);
        const object = bucket.objects.get(String(input.Key));
        if (object) {
          bucket.objects.delete(object.key);
          this.hooks?.s3Event(bucket, 'ObjectRemoved:Delete', object, caller.lineage);
        }
        return {};
      }
      case 's3.ListObjectsV2': {
        const bucket = this.bucket(input.Bucket);
        const prefix = String(input.Prefix ?? '');
        const max = Number(input.MaxKeys ?? 1000);
        const after = input.ContinuationToken ? String(input.ContinuationToken) : (input.StartAfter as string | undefined);
        const keys = [...bucket.objects.keys()].filter((k) => k.startsWith(prefix) && (!after || k > after)).sort();
        const page = keys.slice(0, max);
        return {
          Name: bucket.name,
          Prefix: prefix,
          KeyCount: page.length,
          MaxKeys: max,
          IsTruncated: keys.length > max,
          NextContinuationToken: keys.length > max ? page[page.length - 1] : undefined,
          Contents: page.map((k) => {
            const o = bucket.objects.get(k) as S3Object;
            return { Key: k, Size: o.size, ETag: o.etag, LastModified: SIMULATION_EPOCH_MS + o.lastModifiedMs, StorageClass: 'STANDARD' };
          }),
        };
      }
      // ---- DynamoDB ----
      case 'dynamodb.PutItem': {
        const table = this.table(input.TableName);
        const item = input.Item as Item;
        const key = table.keyOf(item);
        table.check(table.items.get(key), input.ConditionExpression as string | undefined, exprCtx(input));
        const old = table.write(now, key, structuredClone(item), caller.lineage);
        return input.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
      }
      case 'dynamodb.GetItem': {
        const table = this.table(input.TableName);
        const item = table.items.get(table.keyOf(input.Key as Item));
        return item ? { Item: project(structuredClone(item), input) } : {};
      }
      case 'dynamodb.DeleteItem': {
        const table = this.table(input.TableName);
        const key = table.keyOf(input.Key as Item);
        table.check(table.items.get(key), input.ConditionExpression as string | undefined, exprCtx(input));
        const old = table.items.has(key) ? table.write(now, key, undefined, caller.lineage) : undefined;
        return input.ReturnValues === 'ALL_OLD' && old ? { Attributes: old } : {};
      }
      case 'dynamodb.UpdateItem': {
        const table = this.table(input.TableName);
        const keyItem = input.Key as Item;
        const key = table.keyOf(keyItem);
        const existing = table.items.get(key);
        table.check(existing, input.ConditionExpression as string | undefined, exprCtx(input));
        const next = table.update(existing, keyItem, String(input.UpdateExpression ?? ''), exprCtx(input));
        table.write(now, key, next, caller.lineage);
        const rv = input.ReturnValues;
        if (rv === 'ALL_NEW') return { Attributes: structuredClone(next) };
        if (rv === 'ALL_OLD' && existing) return { Attributes: existing };
        return {};
      }
      case 'dynamodb.Query':
      case 'dynamodb.Scan': {
        const table = this.table(input.TableName);
        let items =
          request.operation === 'Query'
            ? table.query(String(input.KeyConditionExpression ?? ''), exprCtx(input), input.ScanIndexForward !== false)
            : [...table.items.values()];
        // Pagination as DynamoDB does it: Limit caps the items *evaluated*; LastEvaluatedKey
        // (the key of the last evaluated item) resumes via ExclusiveStartKey.
        if (input.ExclusiveStartKey) {
          const startKey = table.keyOf(input.ExclusiveStartKey as Item);
          const at = items.findIndex((i) => table.keyOf(i) === startKey);
          items = at >= 0 ? items.slice(at + 1) : items;
        }
        const limit = input.Limit === undefined ? Infinity : Number(input.Limit);
        const evaluated = items.slice(0, limit);
        let matched = evaluated;
        if (input.FilterExpression) {
          const filter = compileCondition(String(input.FilterExpression), exprCtx(input));
          matched = evaluated.filter((i) => filter(i));
        }
        const out: Record<string, unknown> = {
          Items: matched.map((i) => project(structuredClone(i), input)),
          Count: matched.length,
          ScannedCount: evaluated.length,
        };
        if (items.length > limit) out.LastEvaluatedKey = table.keyAttributes(evaluated[evaluated.length - 1]);
        return out;
      }
      case 'dynamodb.BatchWriteItem': {
        const requests = (input.RequestItems as Record<string, Record<string, { Item?: Item; Key?: Item }>[]>) ?? {};
        for (const [tableName, list] of Object.entries(requests)) {
          const table = this.table(tableName);
          if (list.length > 25) throw new ServiceError('ValidationException', 'Too many items requested for the BatchWriteItem call');
          for (const entry of list) {
            if (entry.PutRequest?.Item) table.write(now, table.keyOf(entry.PutRequest.Item), structuredClone(entry.PutRequest.Item), caller.lineage);
            else if (entry.DeleteRequest?.Key) {
              const key = table.keyOf(entry.DeleteRequest.Key);
              if (table.items.has(key)) table.write(now, key, undefined, caller.lineage);
            }
          }
        }
        return { UnprocessedItems: {} };
      }
      case 'dynamodb.BatchGetItem': {
        const requests = (input.RequestItems as Record<string, { Keys: Item[] }>) ?? {};
        const responses: Record<string, Item[]> = {};
        for (const [tableName, { Keys }] of Object.entries(requests)) {
          const table = this.table(tableName);
          responses[tableName] = (Keys ?? []).flatMap((k) => {
            const item = table.items.get(table.keyOf(k));
            return item ? [structuredClone(item)] : [];
          });
        }
        return { Responses: responses, UnprocessedKeys: {} };
      }
      case 'dynamodb.TransactWriteItems': {
        // All or nothing: every condition is checked before anything is written.
        const items = (input.TransactItems as Record<string, Record<string, unknown>>[]) ?? [];
        const plans = items.map((entry) => {
          const [kind, op] = Object.entries(entry)[0] as [string, Record<string, unknown>];
          const table = this.table(op.TableName);
          const keyItem = (op.Item ?? op.Key) as Item;
          const key = table.keyOf(keyItem);
          return { kind, op, table, key, keyItem, existing: table.items.get(key) };
        });
        const reasons = plans.map((p) => {
          if (!p.op.ConditionExpression) return { Code: 'None' };
          return compileCondition(String(p.op.ConditionExpression), exprCtx(p.op))(p.existing ?? {}) ? { Code: 'None' } : { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' };
        });
        if (reasons.some((r) => r.Code !== 'None')) {
          throw new ServiceError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`);
        }
        for (const p of plans) {
          if (p.kind === 'Put') p.table.write(now, p.key, structuredClone(p.op.Item as Item), caller.lineage);
          else if (p.kind === 'Delete' && p.existing) p.table.write(now, p.key, undefined, caller.lineage);
          else if (p.kind === 'Update') p.table.write(now, p.key, p.table.update(p.existing, p.keyItem, String(p.op.UpdateExpression ?? ''), exprCtx(p.op)), caller.lineage);
        }
        return {};
      }
      // ---- SQS ----
      case 'sqs.SendMessage': {
        const queue = this.queue(input.QueueUrl);
        const id = this.ctx.uuid();
        const body = String(input.MessageBody ?? '');
        const delayMs = Number(input.DelaySeconds ?? 0) * 1000;
        if (delayMs > 0) {
          // Delay queues: the message becomes visible DelaySeconds later.
          this.ctx.at(now + delayMs, () => queue.send(now + delayMs, id, body, { groupId: input.MessageGroupId as string | undefined, lineage: caller.lineage }));
          return { MessageId: id, MD5OfMessageBody: md5Hex(body) };
        }
        const sent = queue.send(now, id, body, {
          groupId: input.MessageGroupId as string | undefined,
          dedupId: (input.MessageDeduplicationId as string | undefined) ?? (queue.fifo ? md5Hex(body) : undefined),
          attributes: (input.MessageAttributes as Record<string, unknown>) ?? {},
          lineage: caller.lineage,
        });
        return { MessageId: sent?.messageId ?? id, MD5OfMessageBody: md5Hex(body), SequenceNumber: sent?.sequenceNumber };
      }
      case 'sqs.SendMessageBatch': {
        const queue = this.queue(input.QueueUrl);
        const entries = (input.Entries as Record<string, unknown>[]) ?? [];
        if (entries.length > 10) throw new ServiceError('TooManyEntriesInBatchRequest', 'Maximum number of entries per request are 10.');
        return {
          Successful: entries.map((e) => {
            const body = String(e.MessageBody ?? '');
            const sent = queue.send(now, this.ctx.uuid(), body, {
              groupId: e.MessageGroupId as string | undefined,
              dedupId: (e.MessageDeduplicationId as string | undefined) ?? (queue.fifo ? md5Hex(body) : undefined),
              lineage: caller.lineage,
            });
            return { Id: e.Id, MessageId: sent?.messageId, MD5OfMessageBody: md5Hex(body) };
          }),
          Failed: [],
        };
      }
      case 'sqs.ReceiveMessage': {
        const queue = this.queue(input.QueueUrl);
        const messages = queue.receive(now, Math.min(10, Number(input.MaxNumberOfMessages ?? 1)), 'rh-');
        const visibilityMs = input.VisibilityTimeout !== undefined ? Number(input.VisibilityTimeout) * 1000 : queue.visibilityTimeoutMs;
        for (const m of messages) {
          const gen = m.receiveGen;
          this.ctx.at(now + visibilityMs, () => queue.returnToQueue(m, gen));
        }
        return { Messages: messages.map((m) => queue.toSdkMessage(m)) };
      }
      case 'sqs.DeleteMessage': {
        const queue = this.queue(input.QueueUrl);
        const handle = String(input.ReceiptHandle ?? '');
        // Deleting an already-deleted message is fine; a handle SQS never issued is not.
        if (!queue.delete(handle) && !/#\d+$/.test(handle)) {
          throw new ServiceError('ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`);
        }
        return {};
      }
      case 'sqs.GetQueueUrl':
        return { QueueUrl: this.queue(input.QueueName).url };
      case 'sqs.GetQueueAttributes': {
        const queue = this.queue(input.QueueUrl);
        return {
          Attributes: {
            ApproximateNumberOfMessages: String(queue.visibleCount),
            ApproximateNumberOfMessagesNotVisible: String(queue.inFlight.size),
            QueueArn: queue.arn,
            VisibilityTimeout: String(queue.visibilityTimeoutMs / 1000),
          },
        };
      }
      // ---- SNS ----
      case 'sns.Publish': {
        const topic = this.topics.get(resourceName(input.TopicArn));
        if (!topic) throw new ServiceError('NotFoundException', 'Topic does not exist', 404);
        this.hooks?.snsPublish(topic, String(input.Message ?? ''), input.Subject as string | undefined, input.MessageAttributes, caller.lineage);
        return { MessageId: this.ctx.uuid() };
      }
      // ---- EventBridge ----
      case 'eventbridge.PutEvents': {
        const entries = ((input.Entries as Record<string, unknown>[]) ?? []).map((e) => ({
          source: String(e.Source ?? ''),
          detailType: String(e.DetailType ?? ''),
          detail: parseJson(e.Detail),
        }));
        this.hooks?.putEvents(entries, caller.lineage);
        return { FailedEntryCount: 0, Entries: entries.map(() => ({ EventId: this.ctx.uuid() })) };
      }
      // ---- Kinesis ----
      case 'kinesis.PutRecord': {
        const stream = this.stream(input.StreamName ?? input.StreamARN);
        const record = stream.put(now, String(input.PartitionKey ?? ''), dataString(input.Data), caller.lineage);
        return { ShardId: stream.shardId(record.shardIndex), SequenceNumber: record.sequenceNumber };
      }
      case 'kinesis.PutRecords': {
        const stream = this.stream(input.StreamName ?? input.StreamARN);
        const records = ((input.Records as Record<string, unknown>[]) ?? []).map((r) => {
          const rec = stream.put(now, String(r.PartitionKey ?? ''), dataString(r.Data), caller.lineage);
          return { ShardId: stream.shardId(rec.shardIndex), SequenceNumber: rec.sequenceNumber };
        });
        return { FailedRecordCount: 0, Records: records };
      }
      // ---- SSM Parameter Store ----
      case 'ssm.GetParameter': {
        const p = this.parameters.get(String(input.Name));
        if (!p) throw new ServiceError('ParameterNotFound', `Parameter ${String(input.Name)} not found.`);
        return { Parameter: this.parameterOut(p, input.WithDecryption === true) };
      }
      case 'ssm.GetParameters': {
        const names = (input.Names as string[]) ?? [];
        const found = names.filter((n) => this.parameters.has(n));
        return {
          Parameters: found.map((n) => this.parameterOut(this.parameters.get(n) as Parameter, input.WithDecryption === true)),
          InvalidParameters: names.filter((n) => !this.parameters.has(n)),
        };
      }
      default:
        throw new ServiceError('UnknownOperationException', `The playground does not simulate ${request.service}:${request.operation} yet`);
    }
  }

  private invoke(input: Record<string, unknown>, caller: Caller, respond: (r: ServiceResponse) => void): void {
    const target = resourceName(input.FunctionName);
    const fnId = this.ctx.hasFunction(target) ? target : this.functionIdByName(target);
    if (!fnId) {
      throw new ServiceError('ResourceNotFoundException', `Function not found: ${arn('lambda', `function:${target}`)}`, 404);
    }
    const payload = parseJson(input.Payload ?? '{}');
    if (input.InvocationType === 'Event') {
      this.ctx.invokeAsync(fnId, payload, caller.lineage + 1);
      respond({ ok: true, output: { StatusCode: 202, Payload: '' } });
      return;
    }
    this.ctx.invokeSync(fnId, payload, caller.lineage + 1, (result) => {
      if (result.kind === 'throttled') {
        respond({ ok: false, error: { name: 'TooManyRequestsException', message: 'Rate Exceeded.', statusCode: 429 } });
        return;
      }
      const out = result.outcome;
      respond({
        ok: true,
        output: {
          StatusCode: 200,
          ExecutedVersion: '$LATEST',
          FunctionError: out.ok ? undefined : 'Unhandled',
          Payload: JSON.stringify(out.ok ? (out.payload ?? null) : out.error),
        },
      });
    });
  }

  functionIdByName: (name: string) => string | undefined = () => undefined;

  private parameterOut(p: Parameter, decrypt: boolean): Record<string, unknown> {
    return {
      Name: p.name,
      Type: p.secure ? 'SecureString' : 'String',
      // Without WithDecryption a SecureString comes back as its (here: stand-in) ciphertext.
      Value: p.secure && !decrypt ? `AQICAH${md5Hex(p.value).slice(0, 24)}==` : p.value,
      Version: 1,
      ARN: arn('ssm', `parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`),
      DataType: 'text',
    };
  }

  private bucket(ref: unknown): S3Bucket {
    const bucket = this.buckets.get(String(ref));
    if (!bucket) throw new ServiceError('NoSuchBucket', 'The specified bucket does not exist', 404);
    return bucket;
  }
  private table(ref: unknown): DynamoTable {
    const table = this.tables.get(resourceName(ref));
    if (!table) throw new ServiceError('ResourceNotFoundException', 'Requested resource not found');
    return table;
  }
  queue(ref: unknown): SqsQueue {
    const queue = this.queues.get(resourceName(ref));
    // SDK v3 (JSON protocol) names it QueueDoesNotExist.
    if (!queue) throw new ServiceError('QueueDoesNotExist', 'The specified queue does not exist.');
    return queue;
  }
  private stream(ref: unknown): RecordStream {
    const stream = this.streams.get(resourceName(ref));
    if (!stream) throw new ServiceError('ResourceNotFoundException', `Stream ${String(ref)} under account 123456789012 not found.`);
    return stream;
  }
}

const IAM_PREFIX: Record<ServiceRequest['service'], string> = {
  s3: 's3',
  dynamodb: 'dynamodb',
  sqs: 'sqs',
  sns: 'sns',
  eventbridge: 'events',
  ssm: 'ssm',
  lambda: 'lambda',
  kinesis: 'kinesis',
};

function allows(permissions: string[], action: string): boolean {
  const service = action.split(':')[0];
  // Invoke is authorised by lambda:InvokeFunction; HeadObject by s3:GetObject.
  const aliases: Record<string, string> = { 'lambda:Invoke': 'lambda:InvokeFunction', 's3:HeadObject': 's3:GetObject', 's3:ListObjectsV2': 's3:ListBucket' };
  const needed = aliases[action] ?? action;
  return permissions.some((p) => p === '*' || p === `${service}:*` || p === needed);
}

function accessDenied(request: ServiceRequest, caller: Caller, action: string): ServiceError {
  const principal = `arn:aws:sts::123456789012:assumed-role/${caller.functionName}-role/${caller.functionName}`;
  const message = `User: ${principal} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`;
  return new ServiceError(request.service === 's3' ? 'AccessDenied' : 'AccessDeniedException', message, 403);
}

/** ProjectionExpression: only the named top-level attributes (nested paths keep their top level). */
function project(item: Item, input: Record<string, unknown>): Item {
  const projection = input.ProjectionExpression;
  if (typeof projection !== 'string' || !projection.trim()) return item;
  const names = input.ExpressionAttributeNames as Record<string, string> | undefined;
  const out: Item = {};
  for (const raw of projection.split(',')) {
    const top = raw.trim().split(/[.[]/)[0];
    const name = top.startsWith('#') ? (names?.[top] ?? top) : top;
    if (item[name] !== undefined) out[name] = item[name];
  }
  return out;
}

function exprCtx(input: Record<string, unknown>) {
  return {
    names: input.ExpressionAttributeNames as Record<string, string> | undefined,
    values: input.ExpressionAttributeValues as Record<string, Record<string, unknown>> | undefined,
  };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Kinesis Data as sent by the SDK shim: a string (UTF-8 text). */
function dataString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? '');
}

function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}
