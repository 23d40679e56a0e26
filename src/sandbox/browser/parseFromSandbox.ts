// Validation of every message the sandbox worker sends: it runs untrusted code, so a message
// may be garbage; that must fail the run with a readable error, never crash the app.
import { z } from 'zod';
import type { FromSandbox } from './protocol';
import { decodeRunUpdate } from './runUpdateWire';

const num = z.number();
const stat = z.object({ avg: num, p50: num, p90: num, p99: num, max: num }).passthrough();

const liveState = z
  .object({
    nowMs: num,
    functions: z.record(
      z.string(),
      z.object({ busy: num, idle: num, initializing: num, reservedConcurrency: num.nullable(), provisionedConcurrency: num }).passthrough(),
    ),
    accountBusy: num,
    accountLimit: num,
  })
  .passthrough();

const report = z
  .object({
    scenario: z.string(),
    seed: num,
    simulatedSeconds: num,
    functions: z.record(z.string(), z.object({ Invocations: num, Errors: num, Throttles: num, Duration: stat }).passthrough()),
  })
  .passthrough();

// The data view renders these as text only; shapes are checked loosely but strictly typed at the top.
const dataSnapshot = z
  .object({
    buckets: z.record(z.string(), z.object({ count: num, objects: z.array(z.object({ key: z.string(), size: num, lastModifiedMs: num, preview: z.string() }).passthrough()) }).passthrough()),
    tables: z.record(z.string(), z.object({ count: num, items: z.array(z.record(z.string(), z.unknown())) }).passthrough()),
    queues: z.record(z.string(), z.object({ visible: num, inFlight: num, messages: z.array(z.object({ messageId: z.string(), body: z.string(), receiveCount: num, inFlight: z.boolean() }).passthrough()) }).passthrough()),
    streams: z.record(z.string(), z.object({ records: num, processed: num, shards: z.array(z.object({ shardId: z.string(), records: num, latest: z.array(z.object({ sequenceNumber: z.string(), partitionKey: z.string(), data: z.string() }).passthrough()) }).passthrough()) }).passthrough()),
    parameters: z.record(z.string(), z.object({ name: z.string(), secure: z.boolean(), value: z.string() }).passthrough()),
  })
  .passthrough();

// samples, logs, environmentEvents and traces arrive as record batches: runUpdateWire.ts rebuilds
// and checks them (per-record zod took ~60 ms of the main thread per fast-run update).
const runUpdate = z.object({
  status: z.enum(['starting', 'running', 'paused', 'done', 'stopped', 'error']),
  nowMs: num,
  endMs: num,
  live: liveState.nullable(),
  report: report.optional(),
  error: z.string().optional(),
  data: dataSnapshot.optional(),
});

const testInvokeResult = z.object({
  statusCode: num,
  functionError: z.literal('Unhandled').optional(),
  payload: z.unknown(),
  logLines: z.array(z.string()),
  reportLine: z.string(),
  durationMs: num,
  initDurationMs: num.optional(),
});

const fromSandbox = z.discriminatedUnion('type', [
  z.object({ v: z.literal(1), type: z.literal('ready') }),
  z.object({ v: z.literal(1), type: z.literal('update'), runId: num, update: runUpdate }),
  z.object({ v: z.literal(1), type: z.literal('testResult'), callId: num, result: testInvokeResult }),
  z.object({ v: z.literal(1), type: z.literal('testError'), callId: num, error: z.string() }),
  z.object({ v: z.literal(1), type: z.literal('pong'), seq: num }),
]);

export type ParsedFromSandbox = { ok: true; message: FromSandbox } | { ok: false; error: string };

/** Never throws: a malformed message becomes a readable error naming the first bad field. */
export function parseFromSandbox(data: unknown): ParsedFromSandbox {
  const parsed = fromSandbox.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
    return { ok: false, error: `The sandbox sent an invalid message (${where}: ${issue?.message ?? 'unknown problem'})` };
  }
  // The original object, not zod's output: validation must not reorder a report's keys (reports are
  // compared byte for byte across Node and the browser).
  const message = data as FromSandbox;
  if (message.type !== 'update') return { ok: true, message };
  const decoded = decodeRunUpdate(message.update as unknown as Record<string, unknown>);
  if (!decoded.ok) return { ok: false, error: `The sandbox sent an invalid message (update.${decoded.path}: ${decoded.error})` };
  return { ok: true, message: { ...message, update: decoded.update } };
}
