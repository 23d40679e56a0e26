import { md5Hex } from './md5';

export interface StreamRecord {
  shardIndex: number;
  sequenceNumber: string;
  partitionKey: string;
  arrivedAtMs: number;
  /** Kinesis: the data (base64 in events). DynamoDB Streams: the stream record body. */
  payload: unknown;
  lineage: number;
}

/**
 * The records of a Kinesis stream or a DynamoDB stream: shards chosen by the MD5 of the
 * partition key (as Kinesis does, with the hash-key space split evenly), sequence numbers
 * increasing per shard, records kept for the retention period.
 */
export class RecordStream {
  readonly shards: StreamRecord[][];
  private trimmed: number[];
  private nextSequence = 1;
  records = 0;
  processed = 0;
  /** Called with the shard index when a record arrives, so pollers can wake. */
  onRecord: ((shardIndex: number) => void) | null = null;

  constructor(
    readonly name: string,
    readonly arn: string,
    shardCount: number,
    readonly retentionMs: number,
  ) {
    this.shards = Array.from({ length: shardCount }, () => []);
    this.trimmed = new Array<number>(shardCount).fill(0);
  }

  shardFor(partitionKey: string): number {
    // The first 64 bits of the 128-bit MD5 hash key decide the (evenly split) shard.
    const hex = md5Hex(partitionKey);
    const fraction = parseInt(hex.slice(0, 13), 16) / 2 ** 52;
    return Math.min(this.shards.length - 1, Math.floor(fraction * this.shards.length));
  }

  put(nowMs: number, partitionKey: string, payload: unknown, lineage = 0): StreamRecord {
    const shardIndex = this.shardFor(partitionKey);
    const record: StreamRecord = {
      shardIndex,
      sequenceNumber: String(49_000_000_000_000_000_000_000n + BigInt(this.nextSequence++) * 1000n + BigInt(shardIndex)),
      partitionKey,
      arrivedAtMs: nowMs,
      payload,
      lineage,
    };
    this.shards[shardIndex].push(record);
    this.records++;
    this.onRecord?.(shardIndex);
    return record;
  }

  /** Index of the oldest record still within retention (older ones are trimmed away). */
  trimHorizon(shardIndex: number, nowMs: number): number {
    const shard = this.shards[shardIndex];
    let i = this.trimmed[shardIndex];
    while (i < shard.length && nowMs - shard[i].arrivedAtMs >= this.retentionMs) i++;
    this.trimmed[shardIndex] = i;
    return i;
  }

  shardId(shardIndex: number): string {
    return `shardId-${String(shardIndex).padStart(12, '0')}`;
  }
}
