import type { ClientNode, FunctionNode, Scenario, ScenarioEdge } from '../scenarioTypes';
import type { QueueReport } from '../reportTypes';
import type { InvocationResult } from '../invocation';
import { World } from '../services/world';
import type { SimContext } from '../services/simContext';
import { SqsQueue } from '../services/sqsQueue';
import { RecordStream } from '../services/recordStream';
import { DynamoTable } from '../services/dynamoTable';
import { marshall } from '../services/marshall';
import { dataSnapshot, type DataSnapshot } from '../services/dataSnapshot';
import { Notifications } from './notifications';
import { SqsPoller, sqsMappingConfig } from './sqsPoller';
import { StreamPoller, streamMappingConfig, type StreamFailure } from './streamPoller';
import { dynamoStreamRecord, kinesisRecord } from './eventShapes';
import { httpApiEvent, httpRequestFrom, mapHttpResponse, restApiEvent } from './httpEvents';

export type Tally = (statusCode: string) => void;
export type ClientSend = (body: unknown, tally: Tally) => void;

export interface SourcesDeps {
  ctx: SimContext;
  functionArn(id: string): string;
  /** Direct Invoke API from a client's edge: RequestResponse (200/429/409) or Event (202). */
  directInvoker(functionId: string, invocationType: 'RequestResponse' | 'Event'): ClientSend;
  countDestination(targetId: string): void;
}

/** Everything between clients, simulated services and functions that is not Lambda itself. */
export class Sources {
  readonly world: World;
  readonly notifications: Notifications;
  readonly sqsPollers: SqsPoller[] = [];
  readonly streamPollers: StreamPoller[] = [];
  private readonly nodes: Map<string, Scenario['nodes'][number]>;

  constructor(
    private readonly scenario: Scenario,
    private readonly deps: SourcesDeps,
  ) {
    const ctx = deps.ctx;
    this.nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
    this.world = new World(scenario, ctx);
    const byName = new Map(scenario.nodes.filter((n) => n.kind === 'function').map((n) => [n.name, n.id]));
    this.world.functionIdByName = (name) => byName.get(name);
    this.notifications = new Notifications(scenario, this.world, ctx);
    this.world.hooks = this.notifications;
    for (const edge of scenario.edges) {
      if (edge.kind !== 'eventSourceMapping' || !ctx.hasFunction(edge.to)) continue;
      const source = this.world.nodes.get(edge.from);
      if (source instanceof SqsQueue) {
        this.sqsPollers.push(new SqsPoller(source, edge.to, sqsMappingConfig(edge), ctx));
      } else {
        const table = source instanceof DynamoTable ? source : null;
        const stream = table ? table.stream : source instanceof RecordStream ? source : null;
        if (!stream) continue;
        const toEvent = table ? (r: Parameters<typeof dynamoStreamRecord>[1]) => dynamoStreamRecord(stream, r) : (r: Parameters<typeof kinesisRecord>[1]) => kinesisRecord(stream, r);
        const poller = new StreamPoller(stream, edge.to, streamMappingConfig(edge), table ? 250 : 1000, toEvent, (failure) => this.streamFailed(edge, stream, !!table, failure), ctx);
        this.streamPollers.push(poller);
      }
    }
  }

  start(endMs: number): void {
    this.notifications.startSchedules(endMs);
  }

  /** How a client's edge sends one request. */
  clientSend(client: ClientNode, edge: ScenarioEdge): ClientSend | null {
    const ctx = this.deps.ctx;
    const target = this.nodes.get(edge.to);
    if (!target) return null;
    if (edge.kind === 'invoke' && target.kind === 'function') {
      if (target.url) return (body, tally) => this.functionUrl(client, target, body, tally);
      const type = edge.config?.invocationType === 'Event' ? 'Event' : 'RequestResponse';
      return this.deps.directInvoker(target.id, type);
    }
    if (edge.kind === 'invoke' && target.kind === 'apiGateway') {
      const fnEdge = this.scenario.edges.find((e) => e.from === target.id && e.kind === 'invoke' && ctx.hasFunction(e.to));
      const version = target.payloadVersion ?? '1.0';
      const timeoutMs = (target.timeoutSeconds ?? 29) * 1000;
      return (body, tally) => {
        if (!fnEdge) return tally('500');
        const requestId = ctx.uuid();
        const req = httpRequestFrom(body);
        const event = version === '1.0' ? restApiEvent(req, target.name, requestId, ctx.nowMs()) : httpApiEvent(req, target.name, requestId, ctx.nowMs(), false);
        let answered = false;
        // The integration timeout: the client gets 504 while the function keeps running.
        ctx.at(ctx.nowMs() + timeoutMs, () => {
          if (!answered) {
            answered = true;
            tally('504');
          }
        });
        ctx.invokeSync(fnEdge.to, event, 0, (result: InvocationResult) => {
          if (answered) return;
          answered = true;
          tally(String(mapHttpResponse(result, version, 'apiGateway').statusCode));
        });
      };
    }
    if (edge.kind === 'send') return (body, tally) => this.sendToService(target.id, body, tally);
    return null;
  }

  private functionUrl(client: ClientNode, fn: FunctionNode, body: unknown, tally: Tally): void {
    if (fn.url?.authType === 'AWS_IAM' && (client.origin ?? 'internet') === 'internet') {
      // An unsigned caller from the internet: the function URL refuses it before Lambda runs.
      return tally('403');
    }
    const ctx = this.deps.ctx;
    const event = httpApiEvent(httpRequestFrom(body), `${fn.name}-url`, ctx.uuid(), ctx.nowMs(), true);
    ctx.invokeSync(fn.id, event, 0, (result) => tally(String(mapHttpResponse(result, '2.0', 'functionUrl').statusCode)));
  }

  private sendToService(targetId: string, body: unknown, tally: Tally): void {
    const node = this.nodes.get(targetId);
    if (!node) return tally('400');
    const text = typeof body === 'string' ? body : JSON.stringify(body ?? {});
    const b = (body ?? {}) as Record<string, unknown>;
    let request: { service: 's3' | 'sqs' | 'sns' | 'kinesis' | 'dynamodb' | 'eventbridge'; operation: string; input: Record<string, unknown> };
    switch (node.kind) {
      case 's3Bucket':
        request = { service: 's3', operation: 'PutObject', input: { Bucket: node.name, Key: typeof b.key === 'string' ? b.key : `uploads/${this.deps.ctx.uuid()}.json`, Body: b.body !== undefined ? (typeof b.body === 'string' ? b.body : JSON.stringify(b.body)) : text } };
        break;
      case 'sqsQueue':
        request = { service: 'sqs', operation: 'SendMessage', input: { QueueUrl: node.name, MessageBody: text, MessageGroupId: node.fifo ? String(b.messageGroupId ?? 'default') : undefined } };
        break;
      case 'snsTopic':
        request = { service: 'sns', operation: 'Publish', input: { TopicArn: node.name, Message: text } };
        break;
      case 'kinesisStream':
        request = { service: 'kinesis', operation: 'PutRecord', input: { StreamName: node.name, PartitionKey: String(b.partitionKey ?? this.deps.ctx.uuid()), Data: text } };
        break;
      case 'dynamodbTable':
        request = { service: 'dynamodb', operation: 'PutItem', input: { TableName: node.name, Item: marshall(b) } };
        break;
      case 'eventBridgeRule':
        request = {
          service: 'eventbridge',
          operation: 'PutEvents',
          input: { Entries: [{ Source: String(b.source ?? 'playground.client'), DetailType: String(b['detail-type'] ?? 'Client Event'), Detail: JSON.stringify(b.detail ?? b) }] },
        };
        break;
      default:
        return tally('400');
    }
    this.world.call(request, { functionId: '', functionName: 'client', permissions: undefined, lineage: 0 }, (response) =>
      tally(response.ok ? '200' : String(response.error.statusCode)),
    );
  }

  private streamFailed(edge: ScenarioEdge, stream: RecordStream, dynamo: boolean, failure: StreamFailure): void {
    const ctx = this.deps.ctx;
    const record = StreamPoller.failureRecord(failure, stream, this.deps.functionArn(edge.to), dynamo, ctx.nowMs(), ctx.uuid());
    for (const dest of this.scenario.edges) {
      if (dest.from !== edge.from || dest.kind !== 'onFailure') continue;
      this.deps.countDestination(dest.to);
      const target = this.world.nodes.get(dest.to);
      if (target && 'objects' in target) {
        target.objects.set(`aws/lambda/${edge.id}/${failure.shardId}/${ctx.uuid()}`, {
          key: `aws/lambda/${edge.id}/${failure.shardId}`,
          body: JSON.stringify(record),
          size: JSON.stringify(record).length,
          etag: '""',
          lastModifiedMs: ctx.nowMs(),
          contentType: 'application/json',
        });
      } else {
        this.notifications.deliverBody(dest.to, JSON.stringify(record), 0);
      }
    }
  }

  queueReports(): Record<string, QueueReport> {
    const out: Record<string, QueueReport> = {};
    for (const [id, resource] of this.world.nodes) {
      if (!(resource instanceof SqsQueue)) continue;
      out[id] = {
        sent: resource.sent,
        received: resource.received,
        deleted: resource.deleted,
        visible: resource.visibleCount,
        inFlight: resource.inFlight.size,
        movedToDeadLetter: resource.movedToDeadLetter,
      };
    }
    return out;
  }

  /** Queue levels now, written into `into` (an earlier result nobody reads any more) when given. */
  queueLevels(into?: Record<string, { visible: number; inFlight: number }>): Record<string, { visible: number; inFlight: number }> {
    // Called once per simulated second: the queues are listed once (the world is built in the constructor).
    this.sqsQueues ??= [...this.world.nodes].filter((entry): entry is [string, SqsQueue] => entry[1] instanceof SqsQueue);
    const out: Record<string, { visible: number; inFlight: number }> = into ?? {};
    for (let i = 0; i < this.sqsQueues.length; i++) {
      const [id, queue] = this.sqsQueues[i];
      const level = out[id];
      if (level) {
        level.visible = queue.visibleCount;
        level.inFlight = queue.inFlight.size;
      } else out[id] = { visible: queue.visibleCount, inFlight: queue.inFlight.size };
    }
    return out;
  }
  private sqsQueues: [string, SqsQueue][] | null = null;

  streamReports(): Record<string, { records: number; processed: number }> {
    const out: Record<string, { records: number; processed: number }> = {};
    for (const [id, resource] of this.world.nodes) {
      const stream = resource instanceof RecordStream ? resource : resource instanceof DynamoTable ? resource.stream : null;
      if (stream) out[id] = { records: stream.records, processed: stream.processed };
    }
    return out;
  }

  snapshot(limit: number): DataSnapshot {
    return dataSnapshot(this.world, limit);
  }

  /** The second's highest IteratorAge over the function's stream pollers (-1: no batch read), restarted. */
  takeIteratorAgeSecond(functionId: string): number {
    let max = -1;
    for (let i = 0; i < this.streamPollers.length; i++) {
      const p = this.streamPollers[i];
      if (p.functionId !== functionId) continue;
      if (p.iteratorAgeSecondMaxMs > max) max = p.iteratorAgeSecondMaxMs;
      p.iteratorAgeSecondMaxMs = -1;
    }
    return max;
  }

  iteratorAgeMaxMs(functionId: string): number {
    return this.streamPollers.filter((p) => p.functionId === functionId).reduce((max, p) => Math.max(max, p.iteratorAgeMaxMs), 0);
  }
}
