import type { EventBridgeRuleNode, Scenario, ScenarioEdge } from '../scenarioTypes';
import type { EventBridgeEntry, S3Bucket, S3Object, SnsTopic, World, WorldHooks } from '../services/world';
import { SqsQueue } from '../services/sqsQueue';
import { matchEventPattern } from '../services/matchEventPattern';
import type { SimContext } from '../services/simContext';
import { eventBridgeEvent, s3Event, snsEnvelope, snsEvent } from './eventShapes';
import { parseSchedule, type Schedule } from './schedule';

/**
 * Push-style event sources: S3 notifications, SNS subscriptions and EventBridge rules (patterns
 * and schedules). Each target function is invoked asynchronously; queues and topics receive
 * the event as a message. Lineage travels with every hop for recursion detection.
 */
export class Notifications implements WorldHooks {
  private readonly edgesFrom = new Map<string, ScenarioEdge[]>();
  private readonly rules: EventBridgeRuleNode[];
  delivered = new Map<string, number>();

  constructor(
    scenario: Scenario,
    private readonly world: World,
    private readonly ctx: SimContext,
  ) {
    for (const edge of scenario.edges) {
      if (edge.kind !== 'notify') continue;
      const list = this.edgesFrom.get(edge.from) ?? [];
      list.push(edge);
      this.edgesFrom.set(edge.from, list);
    }
    this.rules = scenario.nodes.filter((n): n is EventBridgeRuleNode => n.kind === 'eventBridgeRule');
  }

  /** Schedule every rule with a schedule expression (first firing one period in). */
  startSchedules(endMs: number): void {
    for (const rule of this.rules) {
      if (!rule.schedule) continue;
      const schedule = parseSchedule(rule.schedule);
      if ('error' in schedule) continue; // validation reports it
      this.scheduleNext(rule, schedule, 0, endMs);
    }
  }

  private scheduleNext(rule: EventBridgeRuleNode, schedule: Schedule, afterMs: number, endMs: number): void {
    const at = schedule.next(afterMs);
    if (at > endMs) return;
    this.ctx.at(at, () => {
      const event = eventBridgeEvent(this.ctx.uuid(), 'aws.events', 'Scheduled Event', {}, at, rule.name);
      this.fanOut(rule.id, event, 0);
      this.scheduleNext(rule, schedule, at, endMs);
    });
  }

  s3Event(bucket: S3Bucket, eventName: string, object: S3Object, lineage: number): void {
    for (const edge of this.edgesFrom.get(bucket.nodeId) ?? []) {
      const events = (edge.config?.events as string[] | undefined) ?? ['s3:ObjectCreated:*'];
      const full = `s3:${eventName}`;
      const wanted = events.some((e) => e === full || (e.endsWith(':*') && full.startsWith(e.slice(0, -1))));
      if (!wanted) continue;
      const prefix = String(edge.config?.prefix ?? '');
      const suffix = String(edge.config?.suffix ?? '');
      if (!object.key.startsWith(prefix) || !object.key.endsWith(suffix)) continue;
      this.deliver(edge, s3Event(bucket, eventName, object, this.ctx.nowMs(), this.ctx.uuid()), lineage);
    }
  }

  snsPublish(topic: SnsTopic, message: string, subject: string | undefined, _attributes: unknown, lineage: number): void {
    const messageId = this.ctx.uuid();
    for (const edge of this.edgesFrom.get(topic.nodeId) ?? []) {
      const now = this.ctx.nowMs();
      if (this.ctx.hasFunction(edge.to)) {
        this.invoke(edge.to, snsEvent(topic, messageId, message, subject, now), lineage);
      } else {
        const raw = edge.config?.rawMessageDelivery === true;
        this.deliverBody(edge.to, raw ? message : JSON.stringify(snsEnvelope(topic, messageId, message, subject, now)), lineage);
      }
    }
  }

  putEvents(entries: EventBridgeEntry[], lineage: number): void {
    for (const entry of entries) {
      for (const rule of this.rules) {
        if (rule.eventPattern === undefined) continue;
        const event = eventBridgeEvent(this.ctx.uuid(), entry.source, entry.detailType, entry.detail, this.ctx.nowMs(), rule.name);
        if (matchEventPattern(rule.eventPattern, event)) this.fanOut(rule.id, event, lineage);
      }
    }
  }

  private fanOut(ruleId: string, event: unknown, lineage: number): void {
    for (const edge of this.edgesFrom.get(ruleId) ?? []) this.deliver(edge, event, lineage);
  }

  private deliver(edge: ScenarioEdge, event: unknown, lineage: number): void {
    if (this.ctx.hasFunction(edge.to)) this.invoke(edge.to, event, lineage);
    else this.deliverBody(edge.to, JSON.stringify(event), lineage);
  }

  private invoke(functionId: string, event: unknown, lineage: number): void {
    this.delivered.set(functionId, (this.delivered.get(functionId) ?? 0) + 1);
    this.ctx.invokeAsync(functionId, event, lineage);
  }

  /** A queue receives a message; a topic publishes it on. */
  deliverBody(targetId: string, body: string, lineage: number): void {
    const target = this.world.nodes.get(targetId);
    if (target instanceof SqsQueue) {
      target.send(this.ctx.nowMs(), this.ctx.uuid(), body, {
        groupId: target.fifo ? 'default' : undefined,
        dedupId: target.fifo ? this.ctx.uuid() : undefined,
        lineage,
      });
    } else if (target && 'arn' in target && this.world.topics.get((target as SnsTopic).name) === target) {
      this.snsPublish(target as SnsTopic, body, undefined, undefined, lineage);
    }
  }
}
