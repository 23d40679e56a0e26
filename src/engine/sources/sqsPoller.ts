import type { ScenarioEdge } from '../scenarioTypes';
import type { SqsMessage, SqsQueue } from '../services/sqsQueue';
import { matchEventPattern } from '../services/matchEventPattern';
import { RECURSION_LIMIT, type SimContext } from '../services/simContext';
import { filterPatternsOf } from './filterPatterns';

// The SQS event source mapping (DG with-sqs, services-sqs-scaling, services-sqs-errorhandling):
// pollers take batches (batchSize, batching window) and invoke the function synchronously.
// Success deletes the batch; a failure leaves it in flight until the visibility timeout, after
// which SQS makes it visible again and the queue's redrive policy may move it to a DLQ.
// ReportBatchItemFailures deletes all but the reported messages. Pollers start at 5 concurrent
// batches and add up to 300 a minute while messages wait, up to 1,250 (or maximumConcurrency).

export const INITIAL_POLLERS = 5;
export const POLLERS_PER_MINUTE = 300;
export const MAX_POLLERS = 1250;

export interface SqsMappingConfig {
  batchSize: number;
  batchingWindowMs: number;
  reportBatchItemFailures: boolean;
  maximumConcurrency: number;
  filters: unknown[];
  enabled: boolean;
}

export function sqsMappingConfig(edge: ScenarioEdge): SqsMappingConfig {
  const c = edge.config ?? {};
  return {
    batchSize: Number(c.batchSize ?? 10),
    batchingWindowMs: Number(c.maximumBatchingWindowInSeconds ?? 0) * 1000,
    reportBatchItemFailures: Array.isArray(c.functionResponseTypes) && c.functionResponseTypes.includes('ReportBatchItemFailures'),
    maximumConcurrency: c.maximumConcurrency === undefined ? MAX_POLLERS : Number(c.maximumConcurrency),
    filters: filterPatternsOf(c.filterPatterns),
    enabled: c.enabled !== false,
  };
}

export class SqsPoller {
  private batchesInFlight = 0;
  private pollerLimit = INITIAL_POLLERS;
  private limitUpdatedMs = 0;
  private pumpScheduled = false;
  private windowOpenUntilMs = -1;
  private scaleCheckScheduled = false;
  filteredOut = 0;

  constructor(
    readonly queue: SqsQueue,
    readonly functionId: string,
    readonly config: SqsMappingConfig,
    private readonly ctx: SimContext,
  ) {
    const previous = queue.onVisible;
    queue.onVisible = () => {
      previous?.();
      this.schedulePump();
    };
  }

  private schedulePump(): void {
    if (this.pumpScheduled || !this.config.enabled) return;
    this.pumpScheduled = true;
    this.ctx.at(this.ctx.nowMs(), () => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private limit(nowMs: number): number {
    // Scale up while messages wait and every poller is busy; continuous, like the documented +300/minute.
    if (this.queue.visibleCount > 0 && this.batchesInFlight >= Math.floor(this.pollerLimit)) {
      this.pollerLimit = Math.min(MAX_POLLERS, this.pollerLimit + ((nowMs - this.limitUpdatedMs) * POLLERS_PER_MINUTE) / 60_000);
    }
    this.limitUpdatedMs = nowMs;
    return Math.min(Math.floor(this.pollerLimit), this.config.maximumConcurrency);
  }

  pump(): void {
    const now = this.ctx.nowMs();
    while (this.queue.visibleCount > 0 && this.batchesInFlight < this.limit(now)) {
      if (this.config.batchingWindowMs > 0 && this.queue.visibleCount < this.config.batchSize) {
        // Wait for a full batch or the end of the batching window, whichever comes first.
        if (this.windowOpenUntilMs < now) {
          this.windowOpenUntilMs = now + this.config.batchingWindowMs;
          this.ctx.at(this.windowOpenUntilMs, () => this.pump());
          return;
        }
        if (now < this.windowOpenUntilMs) return;
      }
      this.windowOpenUntilMs = -1;
      const messages = this.queue.receive(now, this.config.batchSize, `${this.functionId}-`);
      if (messages.length === 0) return;
      this.startBatch(messages, now);
    }
    if (this.queue.visibleCount > 0 && this.batchesInFlight >= this.limit(now) && !this.scaleCheckScheduled) {
      // Come back when the scaling allows another poller (one pending check at a time).
      this.scaleCheckScheduled = true;
      this.ctx.at(now + 200, () => {
        this.scaleCheckScheduled = false;
        this.pump();
      });
    }
  }

  private startBatch(all: SqsMessage[], now: number): void {
    // Messages that do not match the filter criteria are deleted without invoking (SQS).
    const messages = this.config.filters.length
      ? all.filter((m) => {
          const keep = this.config.filters.some((f) => matchEventPattern(f, { body: parseBody(m.body), attributes: m.messageAttributes }));
          if (!keep) {
            this.queue.delete(m.receiptHandle);
            this.filteredOut++;
          }
          return keep;
        })
      : all;
    if (messages.length === 0) return;
    const visibleAgainAt = now + this.queue.visibilityTimeoutMs;
    const gens = messages.map((m) => m.receiveGen);
    this.ctx.at(visibleAgainAt, () => messages.forEach((m, i) => this.queue.returnToQueue(m, gens[i])));
    const lineage = messages.reduce((max, m) => Math.max(max, m.lineage), 0);
    if (lineage >= RECURSION_LIMIT && this.ctx.terminatesRecursion(this.functionId)) {
      // A recursive loop: Lambda stops it; the messages stay until their redrive policy moves them.
      this.ctx.countRecursionDrop(this.functionId);
      return;
    }
    if (messages.some((m) => m.receiveCount > 1)) this.ctx.countRetry(this.functionId);
    this.batchesInFlight++;
    const event = { Records: messages.map((m) => this.queue.toRecord(m)) };
    for (const m of messages) this.ctx.trace(m.messageId, `received in a batch of ${messages.length} (receive #${m.receiveCount})`, undefined, this.functionId);
    // A throttle answers synchronously, before invokeSync returns the id.
    let requestId = '';
    requestId = this.ctx.invokeSync(this.functionId, event, lineage, (result) => {
      this.batchesInFlight--;
      if (result.kind === 'response' && result.outcome.ok) {
        const failed = this.config.reportBatchItemFailures ? failedIds(result.outcome.payload, messages) : new Set<string>();
        if (failed !== null) {
          for (const m of messages) if (!failed.has(m.messageId)) this.queue.delete(m.receiptHandle);
        }
        // null: an invalid batchItemFailures response fails the whole batch.
      }
      // Errors, timeouts and throttles: the batch stays in flight until the visibility timeout.
      for (const m of messages) {
        this.ctx.trace(
          m.messageId,
          !this.queue.inFlight.has(m.receiptHandle) ? 'deleted after the batch succeeded' : `stays in flight; visible again after the visibility timeout (${this.queue.visibilityTimeoutMs / 1000} s)`,
          !this.queue.inFlight.has(m.receiptHandle) ? undefined : 'a failed batch is not deleted: SQS redelivers it, and the redrive policy moves it to the DLQ after maxReceiveCount receives',
          this.functionId,
          requestId ? [requestId] : undefined,
        );
      }
      this.schedulePump();
    });
  }
}

/** The ids in {batchItemFailures: [{itemIdentifier}]}, or null when the response is invalid. */
function failedIds(payload: unknown, messages: SqsMessage[]): Set<string> | null {
  if (payload === null || payload === undefined || typeof payload !== 'object') return new Set();
  const list = (payload as { batchItemFailures?: unknown }).batchItemFailures;
  if (list === undefined || list === null) return new Set();
  if (!Array.isArray(list)) return null;
  const ids = new Set(messages.map((m) => m.messageId));
  const out = new Set<string>();
  for (const entry of list) {
    const id = (entry as { itemIdentifier?: unknown })?.itemIdentifier;
    if (typeof id !== 'string' || !ids.has(id)) return null;
    out.add(id);
  }
  return out;
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
