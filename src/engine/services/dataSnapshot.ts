import type { World } from './world';
import { SqsQueue } from './sqsQueue';
import { RecordStream } from './recordStream';
import { DynamoTable } from './dynamoTable';
import { unmarshall } from './marshall';

/** What the data views show: a bounded look at every simulated resource. */
export interface DataSnapshot {
  buckets: Record<string, { count: number; objects: { key: string; size: number; lastModifiedMs: number; preview: string }[] }>;
  tables: Record<string, { count: number; items: Record<string, unknown>[] }>;
  queues: Record<string, { visible: number; inFlight: number; messages: { messageId: string; body: string; receiveCount: number; inFlight: boolean }[] }>;
  streams: Record<string, { records: number; processed: number; shards: { shardId: string; records: number; latest: { sequenceNumber: string; partitionKey: string; data: string }[] }[] }>;
  parameters: Record<string, { name: string; secure: boolean; value: string }>;
}

const preview = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

export function dataSnapshot(world: World, limit: number): DataSnapshot {
  const out: DataSnapshot = { buckets: {}, tables: {}, queues: {}, streams: {}, parameters: {} };
  for (const [id, r] of world.nodes) {
    if (r instanceof SqsQueue) {
      const messages = [...r.inFlight.values()].slice(0, limit).map((m) => ({ messageId: m.messageId, body: preview(m.body), receiveCount: m.receiveCount, inFlight: true }));
      out.queues[id] = { visible: r.visibleCount, inFlight: r.inFlight.size, messages: messages.concat(r.peekVisible(limit - messages.length).map((m) => ({ messageId: m.messageId, body: preview(m.body), receiveCount: m.receiveCount, inFlight: false }))) };
    } else if (r instanceof DynamoTable) {
      out.tables[id] = { count: r.items.size, items: [...r.items.values()].slice(0, limit).map((i) => unmarshall(i)) };
      if (r.stream) out.streams[id] = streamView(r.stream, limit);
    } else if (r instanceof RecordStream) {
      out.streams[id] = streamView(r, limit);
    } else if ('objects' in r) {
      out.buckets[id] = {
        count: r.objects.size,
        objects: [...r.objects.values()].slice(-limit).map((o) => ({ key: o.key, size: o.size, lastModifiedMs: o.lastModifiedMs, preview: preview(o.body) })),
      };
    } else if ('value' in r) {
      // Secure values are masked: the UI shows that they exist, not what they hold.
      out.parameters[id] = { name: r.name, secure: r.secure, value: r.secure ? '••••••' : r.value };
    }
  }
  return out;
}

function streamView(stream: RecordStream, limit: number) {
  return {
    records: stream.records,
    processed: stream.processed,
    shards: stream.shards.map((records, i) => ({
      shardId: stream.shardId(i),
      records: records.length,
      latest: records.slice(-Math.max(1, Math.floor(limit / stream.shards.length))).map((r) => ({
        sequenceNumber: r.sequenceNumber,
        partitionKey: r.partitionKey,
        data: preview(typeof r.payload === 'string' ? r.payload : JSON.stringify(r.payload)),
      })),
    })),
  };
}
