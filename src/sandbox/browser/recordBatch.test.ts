import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecords } from './recordBatch';
import { decodeRunUpdate, encodeRunUpdate } from './runUpdateWire';

function roundTrip(records: object[]): unknown[] {
  const batch = structuredClone(encodeRecords(records));
  const decoded = decodeRecords(batch, 1000);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.records;
}

describe('record batches', () => {
  it('rebuild the same records, keys in the same order, across shapes', () => {
    const records = [
      { t: 1, functions: { f: { Invocations: 1, Errors: 0 } }, queues: {}, account: { Throttles: 0 } },
      {
        t: 2,
        functions: { f: { Invocations: 2, Errors: 0, DurationP50: undefined } },
        queues: {},
        account: { Throttles: 0 },
      },
      {
        t: 3,
        functions: { f: { Invocations: NaN, Errors: -0 } },
        queues: { q: { visible: 1, inFlight: 2 } },
      },
      { tMs: 5, traceId: 'a', step: 'received', rule: undefined, functionId: 'f', links: ['x', 'y'] },
      { tMs: 6, traceId: 'a', step: 'received', rule: undefined, functionId: 'f', links: undefined },
      {
        requestId: null,
        provisioned: true,
        nested: { deep: { deeper: { deepest: { more: { most: { end: 1 } } } } } },
      },
      { t: 4, functions: { f: { Invocations: 4, Errors: 1 } }, queues: {}, account: { Throttles: 0 } },
    ];
    const out = roundTrip(records);
    expect(out).toEqual(records);
    expect(out.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
    expect(Object.is((out[2] as { functions: { f: { Errors: number } } }).functions.f.Errors, -0)).toBe(true);
    expect(Object.keys(out[1] as object)).toEqual(['t', 'functions', 'queues', 'account']);
  });

  it('share one template and a string table between records of one shape', () => {
    const records = Array.from({ length: 100 }, (_, i) => ({
      tMs: i,
      functionId: 'f',
      kind: i % 2 ? 'invokeStart' : 'invokeEnd',
    }));
    const batch = encodeRecords(records);
    expect(batch.templates).toHaveLength(1);
    expect(batch.runs).toEqual([0, 100]);
    expect(batch.strings).toEqual(['f', 'invokeEnd', 'invokeStart']);
    expect(batch.values).toHaveLength(300);
    expect(roundTrip(records)).toEqual(records);
  });

  it('send a long string once however many records use it', () => {
    const id = '6ad0526e-07ae-4754-85c8-01e085af36d7';
    const rule = 'warm start: reused idle environment #168, the most recently created free one';
    const records = [
      { tMs: 1.5, traceId: id, step: 'received', rule },
      { tMs: 2.5, traceId: id, step: 'invoked', rule },
    ];
    const batch = encodeRecords(records);
    expect(batch.strings).toEqual([id, 'received', rule, 'invoked']);
    expect(roundTrip(records)).toEqual(records);
  });

  it('rebuild plain objects (as structured clone makes them), one hidden class per shape', () => {
    const records = Array.from({ length: 20 }, (_, i) => ({
      a: i,
      b: 'x',
      c: i,
      d: true,
      e: 'y',
      f: i,
      g: 'z',
      h: i + 0.5,
    }));
    const out = roundTrip(records) as object[];
    expect(out).toStrictEqual(records);
    for (const r of out) {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(r.constructor).toBe(Object);
    }
    expect(Object.keys(out[19])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('one shape for records with and without a value in an optional field', () => {
    const records = [
      { tMs: 1, requestId: undefined, status: undefined, n: undefined },
      { tMs: 2, requestId: 'r1', status: undefined, n: NaN },
      { tMs: 3, requestId: undefined, status: 'ok', n: 4 },
      { tMs: 4, requestId: 'r2', status: true, n: undefined },
    ];
    const batch = encodeRecords(records);
    expect(batch.templates).toEqual([
      { keys: ['tMs', 'requestId', 'status', 'n'], values: ['n', 's', 's', 'n'] },
      { keys: ['tMs', 'requestId', 'status', 'n'], values: ['n', 's', 'b', 'u'] },
    ]);
    expect(batch.runs).toEqual([0, 3, 1, 1]);
    const out = roundTrip(records);
    expect(out).toEqual(records);
    expect(Number.isNaN((out[1] as { n: number }).n)).toBe(true);
    expect('n' in (out[0] as object)).toBe(true);
  });

  it('keep a "__proto__" key an own property', () => {
    const record = JSON.parse('{"functions":{"__proto__":{"Invocations":1}}}') as object;
    const [out] = roundTrip([record]) as { functions: Record<string, unknown> }[];
    expect(Object.getPrototypeOf(out.functions)).toBe(Object.prototype);
    expect(Object.keys(out.functions)).toEqual(['__proto__']);
  });

  it('refuse malformed batches', () => {
    const good = encodeRecords([{ a: 'x', b: 1 }]);
    const bad = (patch: object) => decodeRecords({ ...structuredClone(good), ...patch }, 1000);
    expect(decodeRecords(good, 1000).ok).toBe(true);
    expect(bad({ values: [0, 1] }).ok).toBe(false);
    expect(bad({ values: new Float64Array([5, 1]) })).toEqual({
      ok: false,
      error: 'not a valid record batch (an index is out of range)',
    });
    expect(bad({ values: new Float64Array([0, 1, 2]) }).ok).toBe(false);
    expect(bad({ runs: [1, 1] }).ok).toBe(false);
    expect(bad({ runs: [0, 2000] }).ok).toBe(false);
    expect(bad({ strings: [7] }).ok).toBe(false);
    expect(bad({ undefinedAt: [1] }).ok).toBe(true);
    expect(bad({ undefinedAt: [2] }).ok).toBe(false);
    expect(bad({ undefinedAt: [1, 0] }).ok).toBe(false);
    expect(bad({ undefinedAt: undefined }).ok).toBe(false);
    expect(bad({ templates: [{ keys: ['a', 'a'], values: ['s', 'n'] }] }).ok).toBe(false);
    expect(bad({ templates: ['q'] }).ok).toBe(false);
    expect(decodeRecords(null, 10).ok).toBe(false);
  });

  it('run updates: records are checked after decoding, naming the first bad field', () => {
    const wire = encodeRunUpdate({
      status: 'running',
      nowMs: 0,
      endMs: 1,
      samples: [{ t: 0, functions: { f: { Invocations: 1 } as never }, queues: {} }],
      logs: [],
      live: null,
      environmentEvents: [{ tMs: 1, functionId: 'f', envId: 1, kind: 'created', provisioned: false }],
    });
    expect(wire.transfer).toHaveLength(3);
    const ok = decodeRunUpdate(structuredClone(wire.update) as never);
    expect(ok.ok && ok.update.environmentEvents?.[0].kind).toBe('created');
    const badSample = encodeRunUpdate({
      status: 'running',
      nowMs: 0,
      endMs: 1,
      samples: [{ t: 0, functions: { f: { Invocations: 'x' } as never }, queues: {} }],
      logs: [],
      live: null,
    });
    expect(decodeRunUpdate(badSample.update as never)).toEqual({
      ok: false,
      path: 'samples.0.functions.f.Invocations',
      error: 'expected number',
    });
    const badKind = encodeRunUpdate({
      status: 'running',
      nowMs: 0,
      endMs: 1,
      samples: [],
      logs: [],
      live: null,
      traces: [{ tMs: 1, traceId: 't', step: 's', links: [1 as never] }],
    });
    expect(decodeRunUpdate(badKind.update as never)).toEqual({
      ok: false,
      path: 'traces.0.links',
      error: 'expected array of strings',
    });
  });

  it('run updates: every level a log line can have passes, FATAL (console.fatal) included', () => {
    const line = (level: string) => ({
      tMs: 1,
      functionId: 'f',
      logGroup: '/aws/lambda/f',
      logStream: 's',
      envId: 1,
      requestId: null,
      level,
      line: 'x',
    });
    const levels = ['INFO', 'WARN', 'ERROR', 'DEBUG', 'TRACE', 'FATAL', 'PLATFORM'];
    const wire = encodeRunUpdate({
      status: 'running',
      nowMs: 0,
      endMs: 1,
      samples: [],
      logs: levels.map(line) as never,
      live: null,
    });
    const decoded = decodeRunUpdate(structuredClone(wire.update) as never);
    expect(decoded.ok && decoded.update.logs.map((l) => l.level)).toEqual(levels);
    const loud = encodeRunUpdate({
      status: 'running',
      nowMs: 0,
      endMs: 1,
      samples: [],
      logs: [line('LOUD')] as never,
      live: null,
    });
    expect(decodeRunUpdate(loud.update as never)).toMatchObject({ ok: false, path: 'logs.0.level' });
  });
});
