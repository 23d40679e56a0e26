import type { ScenarioEdge } from '../scenarioTypes';
import type { RecordStream, StreamRecord } from '../services/recordStream';
import { matchEventPattern } from '../services/matchEventPattern';
import type { SimContext } from '../services/simContext';
import type { InvocationResult } from '../invocation';
import { isoTime } from '../clock';
import { hashString } from '../rng';
import { filterPatternsOf } from './filterPatterns';

// Kinesis and DynamoDB Streams event source mappings (DG with-kinesis, with-ddb): per shard
// (× parallelizationFactor, order kept per partition key), batches in sequence order; a failed
// batch is retried until it succeeds, its records expire, maximumRetryAttempts is used up or
// maximumRecordAgeInSeconds passes, so one poison record blocks its shard and IteratorAge
// grows. bisectBatchOnFunctionError splits a failing batch in two (without using retries).

export interface StreamMappingConfig {
  batchSize: number;
  maximumRetryAttempts: number;
  maximumRecordAgeMs: number;
  bisect: boolean;
  parallelization: number;
  reportBatchItemFailures: boolean;
  startAtLatest: boolean;
  filters: unknown[];
  enabled: boolean;
  batchingWindowMs: number;
}

export function streamMappingConfig(edge: ScenarioEdge): StreamMappingConfig {
  const c = edge.config ?? {};
  const age = Number(c.maximumRecordAgeInSeconds ?? -1);
  return {
    batchSize: Number(c.batchSize ?? 100),
    maximumRetryAttempts: Number(c.maximumRetryAttempts ?? -1),
    maximumRecordAgeMs: age < 0 ? Infinity : age * 1000,
    bisect: c.bisectBatchOnFunctionError === true,
    parallelization: Math.max(1, Math.min(10, Number(c.parallelizationFactor ?? 1))),
    reportBatchItemFailures: Array.isArray(c.functionResponseTypes) && c.functionResponseTypes.includes('ReportBatchItemFailures'),
    startAtLatest: c.startingPosition === 'LATEST',
    filters: filterPatternsOf(c.filterPatterns),
    enabled: c.enabled !== false,
    batchingWindowMs: Number(c.maximumBatchingWindowInSeconds ?? 0) * 1000,
  };
}

export interface StreamFailure {
  condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
  records: StreamRecord[];
  shardId: string;
  invokeCount: number;
  lastResult: InvocationResult | null;
}

interface Lane {
  records: StreamRecord[];
  position: number;
  busy: boolean;
  pollScheduled: boolean;
  /** Failed attempts of the batch at `position` (retries used). */
  attempts: number;
  /** Size limit while bisecting (Infinity when not). */
  batchLimit: number;
}

export class StreamPoller {
  private readonly lanes: Lane[][];
  iteratorAgeMaxMs = 0;
  /** The highest IteratorAge of the batches read in the current second; -1: none read. */
  iteratorAgeSecondMaxMs = -1;

  constructor(
    readonly stream: RecordStream,
    readonly functionId: string,
    readonly config: StreamMappingConfig,
    private readonly pollIntervalMs: number,
    private readonly recordToEvent: (r: StreamRecord) => unknown,
    private readonly onFailure: (failure: StreamFailure) => void,
    private readonly ctx: SimContext,
  ) {
    this.lanes = stream.shards.map(() =>
      Array.from({ length: config.parallelization }, () => ({
        records: [],
        position: 0,
        busy: false,
        pollScheduled: false,
        attempts: 0,
        batchLimit: Infinity,
      })),
    );
    const previous = stream.onRecord;
    stream.onRecord = (shardIndex) => {
      previous?.(shardIndex);
      const shard = stream.shards[shardIndex];
      const record = shard[shard.length - 1];
      const lane = this.laneFor(record);
      lane.records.push(record);
      this.schedulePoll(lane, shardIndex, this.nextPollMs());
    };
  }

  private laneFor(record: StreamRecord): Lane {
    const lanes = this.lanes[record.shardIndex];
    return lanes.length === 1 ? lanes[0] : lanes[hashString(record.partitionKey) % lanes.length];
  }

  /** Pollers read each shard on a fixed cadence (Kinesis 1/s, DynamoDB Streams 4/s). */
  private nextPollMs(): number {
    const now = this.ctx.nowMs();
    return Math.ceil(now / this.pollIntervalMs) * this.pollIntervalMs + this.config.batchingWindowMs;
  }

  private schedulePoll(lane: Lane, shardIndex: number, atMs: number): void {
    if (lane.busy || lane.pollScheduled || !this.config.enabled) return;
    lane.pollScheduled = true;
    this.ctx.at(Math.max(atMs, this.ctx.nowMs()), () => {
      lane.pollScheduled = false;
      this.poll(lane, shardIndex);
    });
  }

  private poll(lane: Lane, shardIndex: number): void {
    if (lane.busy) return;
    const now = this.ctx.nowMs();
    // Records past retention are gone; the iterator skips them.
    while (lane.position < lane.records.length && now - lane.records[lane.position].arrivedAtMs >= this.stream.retentionMs) {
      lane.position++;
      lane.attempts = 0;
    }
    const size = Math.min(this.config.batchSize, lane.batchLimit);
    let batch = lane.records.slice(lane.position, lane.position + size);
    if (batch.length === 0) return;
    const oldest = batch[0];
    if (lane.attempts > 0 && now - oldest.arrivedAtMs > this.config.maximumRecordAgeMs) {
      return this.discard(lane, shardIndex, batch, 'RecordAgeExceeded', null);
    }
    if (this.config.filters.length) {
      const kept = batch.filter((r) => this.config.filters.some((f) => matchEventPattern(f, this.filterView(r))));
      if (kept.length === 0) {
        lane.position += batch.length;
        this.stream.processed += batch.length;
        return this.schedulePoll(lane, shardIndex, now);
      }
      batch = kept;
    }
    const consumed = Math.min(size, lane.records.length - lane.position);
    const age = now - batch[batch.length - 1].arrivedAtMs;
    if (age > this.iteratorAgeMaxMs) this.iteratorAgeMaxMs = age;
    if (age > this.iteratorAgeSecondMaxMs) this.iteratorAgeSecondMaxMs = age;
    if (lane.attempts > 0) this.ctx.countRetry(this.functionId);
    lane.busy = true;
    const event = { Records: batch.map(this.recordToEvent) };
    // Stream-triggered chains are not tracked for recursion (AWS: DynamoDB loops are not detected).
    this.ctx.invokeSync(this.functionId, event, 0, (result) => {
      lane.busy = false;
      this.afterBatch(lane, shardIndex, batch, consumed, result);
    });
  }

  private filterView(r: StreamRecord): unknown {
    const event = this.recordToEvent(r) as Record<string, unknown>;
    if (event.kinesis) {
      const data = String(r.payload);
      try {
        return { ...event, data: JSON.parse(data) };
      } catch {
        return { ...event, data };
      }
    }
    return event;
  }

  private afterBatch(lane: Lane, shardIndex: number, batch: StreamRecord[], consumed: number, result: InvocationResult): void {
    const now = this.ctx.nowMs();
    if (result.kind === 'response' && result.outcome.ok) {
      const failedAt = this.config.reportBatchItemFailures ? firstFailure(result.outcome.payload, batch) : -1;
      if (failedAt < 0) {
        lane.position += consumed;
        this.stream.processed += consumed;
        lane.attempts = 0;
        lane.batchLimit = Infinity;
        return this.schedulePoll(lane, shardIndex, now);
      }
      // Checkpoint at the lowest failed sequence number; retry from there.
      const index = lane.records.indexOf(batch[failedAt], lane.position);
      this.stream.processed += index - lane.position;
      if (index > lane.position) lane.attempts = 0;
      lane.position = index;
    }
    if (result.kind === 'throttled') {
      // Throttled batches are retried without using up retry attempts.
      return this.schedulePoll(lane, shardIndex, now + this.pollIntervalMs);
    }
    if (this.config.bisect && batch.length > 1) {
      lane.batchLimit = Math.ceil(batch.length / 2);
      return this.schedulePoll(lane, shardIndex, now);
    }
    lane.attempts++;
    const max = this.config.maximumRetryAttempts;
    if (max >= 0 && lane.attempts > max) {
      return this.discard(lane, shardIndex, lane.records.slice(lane.position, lane.position + batch.length), 'RetryAttemptsExhausted', result);
    }
    this.schedulePoll(lane, shardIndex, now + this.pollIntervalMs);
  }

  private discard(lane: Lane, shardIndex: number, batch: StreamRecord[], condition: StreamFailure['condition'], result: InvocationResult | null): void {
    this.onFailure({ condition, records: batch, shardId: this.stream.shardId(shardIndex), invokeCount: lane.attempts + 1, lastResult: result });
    lane.position += batch.length;
    this.stream.processed += batch.length;
    lane.attempts = 0;
    lane.batchLimit = Infinity;
    this.schedulePoll(lane, shardIndex, this.ctx.nowMs());
  }

  /** The on-failure destination record: batch metadata, not the records (DG with-kinesis). */
  static failureRecord(failure: StreamFailure, stream: RecordStream, functionArn: string, dynamo: boolean, nowMs: number, requestId: string) {
    const first = failure.records[0];
    const last = failure.records[failure.records.length - 1];
    const info = {
      shardId: failure.shardId,
      startSequenceNumber: first.sequenceNumber,
      endSequenceNumber: last.sequenceNumber,
      approximateArrivalOfFirstRecord: isoTime(first.arrivedAtMs),
      approximateArrivalOfLastRecord: isoTime(last.arrivedAtMs),
      batchSize: failure.records.length,
      streamArn: stream.arn,
    };
    const out = failure.lastResult?.kind === 'response' ? failure.lastResult.outcome : null;
    return {
      requestContext: { requestId, functionArn, condition: failure.condition, approximateInvokeCount: failure.invokeCount },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: out && !out.ok ? 'Unhandled' : undefined },
      version: '1.0',
      timestamp: isoTime(nowMs),
      [dynamo ? 'DDBStreamBatchInfo' : 'KinesisBatchInfo']: info,
    };
  }
}

/** Index of the first reported failure in the batch, -1 for none; an invalid response fails all (0). */
function firstFailure(payload: unknown, batch: StreamRecord[]): number {
  const list = (payload as { batchItemFailures?: unknown } | null)?.batchItemFailures;
  if (list === undefined || list === null) return -1;
  if (!Array.isArray(list)) return 0;
  let lowest = -1;
  for (const entry of list) {
    const id = (entry as { itemIdentifier?: unknown })?.itemIdentifier;
    const index = batch.findIndex((r) => r.sequenceNumber === id);
    if (index < 0) return 0;
    if (lowest < 0 || index < lowest) lowest = index;
  }
  return lowest;
}
