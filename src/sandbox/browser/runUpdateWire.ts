// How a RunUpdate crosses from the sandbox worker to the app: its record arrays (samples, logs,
// journal) travel as column batches (recordBatch.ts, the values buffer transferred, not copied),
// and the app side rebuilds and checks them here with plain loops. A fast run posts 3,600
// samples and 8,000 journal entries per update: zod took ~60 ms of the page's main thread per
// update for them, structured clone ~20 ms of the worker's and ~35 ms of the page's.
import type { RunUpdate } from '../runner';
import { decodeRecords, encodeRecords, type RecordBatch } from './recordBatch';

export type WireRunUpdate = Omit<RunUpdate, 'samples' | 'logs' | 'environmentEvents' | 'traces'> & {
  samples: RecordBatch;
  logs: RecordBatch;
  environmentEvents?: RecordBatch;
  traces?: RecordBatch;
};

export function encodeRunUpdate(update: RunUpdate): { update: WireRunUpdate; transfer: ArrayBuffer[] } {
  const { samples, logs, environmentEvents, traces, ...rest } = update;
  const wire: WireRunUpdate = { ...rest, samples: encodeRecords(samples), logs: encodeRecords(logs) };
  const transfer = [wire.samples.values.buffer as ArrayBuffer, wire.logs.values.buffer as ArrayBuffer];
  if (environmentEvents) {
    wire.environmentEvents = encodeRecords(environmentEvents);
    transfer.push(wire.environmentEvents.values.buffer as ArrayBuffer);
  }
  if (traces) {
    wire.traces = encodeRecords(traces);
    transfer.push(wire.traces.values.buffer as ArrayBuffer);
  }
  return { update: wire, transfer };
}

/** A record's first bad field: its path below the record and what was expected. */
type Problem = [path: string, expected: string] | null;

const LOG_LEVELS = new Set(['INFO', 'WARN', 'ERROR', 'DEBUG', 'TRACE', 'FATAL', 'PLATFORM']);
const ENV_KINDS = new Set(['created', 'initStart', 'initDone', 'invokeStart', 'invokeEnd', 'reset', 'reaped', 'recycled']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isNum = (v: unknown) => typeof v === 'number';
const isStr = (v: unknown) => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || typeof v === 'string';

function checkSample(s: Record<string, unknown>): Problem {
  if (!isNum(s.t)) return ['t', 'number'];
  const functions = s.functions;
  if (!isObject(functions)) return ['functions', 'object'];
  for (const id in functions) {
    const fn = functions[id];
    if (!isObject(fn)) return [`functions.${id}`, 'object'];
    for (const metric in fn) {
      const v = fn[metric];
      if (v !== undefined && !isNum(v)) return [`functions.${id}.${metric}`, 'number'];
    }
  }
  const queues = s.queues;
  if (!isObject(queues)) return ['queues', 'object'];
  for (const id in queues) {
    const q = queues[id];
    if (!isObject(q)) return [`queues.${id}`, 'object'];
    if (!isNum(q.visible)) return [`queues.${id}.visible`, 'number'];
    if (!isNum(q.inFlight)) return [`queues.${id}.inFlight`, 'number'];
  }
  return null;
}

function checkLog(r: Record<string, unknown>): Problem {
  if (!isNum(r.tMs)) return ['tMs', 'number'];
  if (!isStr(r.functionId)) return ['functionId', 'string'];
  if (!isStr(r.logGroup)) return ['logGroup', 'string'];
  if (!isStr(r.logStream)) return ['logStream', 'string'];
  if (!isNum(r.envId)) return ['envId', 'number'];
  if (r.requestId !== null && !isStr(r.requestId)) return ['requestId', 'string or null'];
  if (!LOG_LEVELS.has(r.level as string)) return ['level', 'a log level'];
  if (!isStr(r.line)) return ['line', 'string'];
  return null;
}

function checkEnvironmentEvent(e: Record<string, unknown>): Problem {
  if (!isNum(e.tMs)) return ['tMs', 'number'];
  if (!isStr(e.functionId)) return ['functionId', 'string'];
  if (!isNum(e.envId)) return ['envId', 'number'];
  if (!ENV_KINDS.has(e.kind as string)) return ['kind', 'an environment event kind'];
  if (typeof e.provisioned !== 'boolean') return ['provisioned', 'boolean'];
  if (!optStr(e.requestId)) return ['requestId', 'string'];
  if (!optStr(e.status)) return ['status', 'string'];
  return null;
}

function checkTrace(t: Record<string, unknown>): Problem {
  if (!isNum(t.tMs)) return ['tMs', 'number'];
  if (!isStr(t.traceId)) return ['traceId', 'string'];
  if (!isStr(t.step)) return ['step', 'string'];
  if (!optStr(t.rule)) return ['rule', 'string'];
  if (!optStr(t.functionId)) return ['functionId', 'string'];
  const links = t.links;
  if (links !== undefined && !(Array.isArray(links) && links.every(isStr))) return ['links', 'array of strings'];
  return null;
}

// Bounds well above what the server sends (3,600 samples, 400 logs, 4,000 entries of each kind).
const FIELDS = [
  { key: 'samples', check: checkSample, max: 100_000, optional: false },
  { key: 'logs', check: checkLog, max: 100_000, optional: false },
  { key: 'environmentEvents', check: checkEnvironmentEvent, max: 100_000, optional: true },
  { key: 'traces', check: checkTrace, max: 100_000, optional: true },
] as const;

export type DecodedRunUpdate = { ok: true; update: RunUpdate } | { ok: false; path: string; error: string };

/**
 * Rebuilds the record arrays of an untrusted wire update and checks every record. The other
 * fields are left as they are (the caller validates them); the result is a new object.
 */
export function decodeRunUpdate(wire: Record<string, unknown>): DecodedRunUpdate {
  const out: Record<string, unknown> = { ...wire };
  for (const { key, check, max, optional } of FIELDS) {
    const batch = wire[key];
    if (batch === undefined && optional) continue;
    const decoded = decodeRecords(batch, max);
    if (!decoded.ok) return { ok: false, path: key, error: decoded.error };
    const records = decoded.records;
    for (let i = 0; i < records.length; i++) {
      const record = records[i];
      const problem: Problem = isObject(record) ? check(record) : ['', 'object'];
      if (problem) {
        const path = problem[0] ? `${key}.${i}.${problem[0]}` : `${key}.${i}`;
        return { ok: false, path, error: `expected ${problem[1]}` };
      }
    }
    out[key] = records;
  }
  return { ok: true, update: out as unknown as RunUpdate };
}
