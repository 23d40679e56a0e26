import type { SqsQueueNode } from '../scenarioTypes';
import { SIMULATION_EPOCH_MS } from '../clock';
import { arn, queueUrl } from './simContext';
import { md5Hex } from './md5';

export interface SqsMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  sentAtMs: number;
  receiveCount: number;
  firstReceiveAtMs: number;
  receiptHandle: string;
  groupId: string | undefined;
  dedupId: string | undefined;
  sequenceNumber: string | undefined;
  messageAttributes: Record<string, unknown>;
  /** Recursive-loop lineage: invocations in the chain that produced this message. */
  lineage: number;
  /** Bumped on every receive: a stale visibility-timeout event must not requeue it. */
  receiveGen: number;
}

/**
 * One SQS queue: visible messages in order (standard: one FIFO line; FIFO: one line per
 * message group, and a group with a message in flight is blocked), in-flight messages, and
 * the redrive policy (set by a redrive edge).
 */
export class SqsQueue {
  readonly url: string;
  readonly arn: string;
  readonly fifo: boolean;
  readonly visibilityTimeoutMs: number;
  readonly retentionMs: number;
  redrive: { target: SqsQueue; maxReceiveCount: number } | null = null;
  private lines = new Map<string, SqsMessage[]>();
  private lineHeads = new Map<string, number>();
  private groupsInFlight = new Map<string, number>();
  readonly inFlight = new Map<string, SqsMessage>();
  visibleCount = 0;
  sent = 0;
  received = 0;
  deleted = 0;
  movedToDeadLetter = 0;
  expired = 0;
  private seq = 0;
  private dedup = new Map<string, number>();
  /** Called when messages become visible (new or returned), so pollers can wake. */
  onVisible: (() => void) | null = null;

  constructor(
    readonly node: SqsQueueNode,
    readonly name: string,
  ) {
    this.url = queueUrl(name);
    this.arn = arn('sqs', name);
    this.fifo = node.fifo ?? name.endsWith('.fifo');
    this.visibilityTimeoutMs = (node.visibilityTimeoutSeconds ?? 30) * 1000;
    this.retentionMs = (node.messageRetentionSeconds ?? 345_600) * 1000;
  }

  send(
    nowMs: number,
    messageId: string,
    body: string,
    opts: { groupId?: string; dedupId?: string; attributes?: Record<string, unknown>; lineage?: number } = {},
  ): SqsMessage | null {
    if (this.fifo && opts.dedupId) {
      // FIFO deduplication interval: 5 minutes.
      const seen = this.dedup.get(opts.dedupId);
      if (seen !== undefined && nowMs - seen < 300_000) return null;
      this.dedup.set(opts.dedupId, nowMs);
    }
    const message: SqsMessage = {
      messageId,
      body,
      md5OfBody: md5Hex(body),
      sentAtMs: nowMs,
      receiveCount: 0,
      firstReceiveAtMs: 0,
      receiptHandle: '',
      groupId: this.fifo ? (opts.groupId ?? 'default') : undefined,
      dedupId: opts.dedupId,
      sequenceNumber: this.fifo ? String(18_000_000_000_000_000_000 + ++this.seq) : undefined,
      messageAttributes: opts.attributes ?? {},
      lineage: opts.lineage ?? 0,
      receiveGen: 0,
    };
    this.sent++;
    this.pushVisible(message);
    return message;
  }

  private pushVisible(message: SqsMessage): void {
    const line = message.groupId ?? '';
    let queue = this.lines.get(line);
    if (!queue) {
      queue = [];
      this.lines.set(line, queue);
      this.lineHeads.set(line, 0);
    }
    queue.push(message);
    this.visibleCount++;
    this.onVisible?.();
  }

  /**
   * Receive up to maxMessages. Messages past retention are dropped; messages whose receive
   * count exceeds the redrive policy move to the dead-letter queue instead of being returned.
   */
  receive(nowMs: number, maxMessages: number, receiptPrefix: string): SqsMessage[] {
    const out: SqsMessage[] = [];
    for (const [line, queue] of this.lines) {
      if (out.length >= maxMessages) break;
      if (this.fifo && (this.groupsInFlight.get(line) ?? 0) > 0) continue;
      let head = this.lineHeads.get(line) ?? 0;
      while (head < queue.length && out.length < maxMessages) {
        const message = queue[head++];
        this.visibleCount--;
        if (nowMs - message.sentAtMs >= this.retentionMs) {
          this.expired++;
          continue;
        }
        if (this.redrive && message.receiveCount >= this.redrive.maxReceiveCount) {
          this.movedToDeadLetter++;
          this.redrive.target.sendMoved(nowMs, message);
          continue;
        }
        message.receiveCount++;
        message.receiveGen++;
        if (message.receiveCount === 1) message.firstReceiveAtMs = nowMs;
        message.receiptHandle = `${receiptPrefix}${message.messageId}#${message.receiveCount}`;
        this.inFlight.set(message.receiptHandle, message);
        if (message.groupId !== undefined) this.groupsInFlight.set(line, (this.groupsInFlight.get(line) ?? 0) + 1);
        this.received++;
        out.push(message);
        // FIFO: one group's messages go out in order within a batch, then the group is locked.
      }
      if (head >= queue.length) {
        this.lines.delete(line);
        this.lineHeads.delete(line);
      } else if (head > 1024 && head * 2 > queue.length) {
        queue.splice(0, head);
        this.lineHeads.set(line, 0);
      } else {
        this.lineHeads.set(line, head);
      }
    }
    return out;
  }

  /** A moved message keeps its id and body; its receive count starts over in the DLQ. */
  private sendMoved(nowMs: number, message: SqsMessage): void {
    this.sent++;
    this.pushVisible({ ...message, receiveCount: 0, receiptHandle: '', sentAtMs: nowMs, receiveGen: 0 });
  }

  delete(receiptHandle: string): boolean {
    const message = this.inFlight.get(receiptHandle);
    if (!message) return false;
    this.inFlight.delete(receiptHandle);
    this.releaseGroup(message);
    this.deleted++;
    return true;
  }

  /** The visibility timeout of a received message ran out: it is visible again (at the front of its group for FIFO). */
  returnToQueue(message: SqsMessage, receiveGen: number): void {
    if (message.receiveGen !== receiveGen || !this.inFlight.has(message.receiptHandle)) return;
    this.inFlight.delete(message.receiptHandle);
    this.releaseGroup(message);
    if (this.fifo) {
      const line = message.groupId ?? '';
      const queue = this.lines.get(line) ?? [];
      const head = this.lineHeads.get(line) ?? 0;
      queue.splice(head, 0, message);
      this.lines.set(line, queue);
      this.lineHeads.set(line, head);
      this.visibleCount++;
      this.onVisible?.();
    } else {
      this.pushVisible(message);
    }
  }

  private releaseGroup(message: SqsMessage): void {
    if (message.groupId === undefined) return;
    const n = (this.groupsInFlight.get(message.groupId) ?? 1) - 1;
    if (n <= 0) this.groupsInFlight.delete(message.groupId);
    else this.groupsInFlight.set(message.groupId, n);
  }

  /** The SQS event record Lambda hands to a function (DG with-sqs). */
  toRecord(message: SqsMessage): Record<string, unknown> {
    const attributes: Record<string, string> = {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(SIMULATION_EPOCH_MS + Math.floor(message.sentAtMs)),
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: String(SIMULATION_EPOCH_MS + Math.floor(message.firstReceiveAtMs)),
    };
    if (message.groupId !== undefined) {
      attributes.MessageGroupId = message.groupId;
      attributes.SequenceNumber = message.sequenceNumber ?? '';
      if (message.dedupId) attributes.MessageDeduplicationId = message.dedupId;
    }
    return {
      messageId: message.messageId,
      receiptHandle: message.receiptHandle,
      body: message.body,
      attributes,
      messageAttributes: message.messageAttributes,
      md5OfBody: message.md5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: this.arn,
      awsRegion: 'us-east-1',
    };
  }

  /** The next visible messages, without receiving them (for the data view). */
  peekVisible(limit: number): SqsMessage[] {
    const out: SqsMessage[] = [];
    for (const [line, queue] of this.lines) {
      for (let i = this.lineHeads.get(line) ?? 0; i < queue.length && out.length < limit; i++) out.push(queue[i]);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** For ReceiveMessage from handler code (SDK shape). */
  toSdkMessage(message: SqsMessage): Record<string, unknown> {
    return {
      MessageId: message.messageId,
      ReceiptHandle: message.receiptHandle,
      MD5OfBody: message.md5OfBody,
      Body: message.body,
      Attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(SIMULATION_EPOCH_MS + Math.floor(message.sentAtMs)),
      },
    };
  }
}
