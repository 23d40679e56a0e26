// A column encoding for the arrays of small records a run update carries (per-second samples,
// log records, journal entries): structured clone copies every object and key of them, which
// cost the sandbox worker ~20 ms and the page ~35 ms to decode for each progress update of a
// fast run. Here each distinct record shape is described once (a template) and every leaf
// value becomes one float in a transferable Float64Array: numbers as they are, strings as an
// index into a table of distinct strings, booleans as 0/1. Other values (rare: a trace's
// `links`) go to `extra` and are structured-cloned as before. An undefined leaf (an optional
// field, present or not in the same shape) is a NaN whose position is listed in `undefinedAt`, so
// one shape serves records that have or lack a value there.
// decodeRecords rebuilds the same plain objects (same keys, same order) from untrusted input and
// refuses anything malformed; checking what the records mean is the caller's job.

/**
 * Leaves: 'n' number, 's' string, 'b' boolean, 'x' anything else, 'u' only undefined so far (each
 * may also be undefined; a 'u' becomes the kind of the first value seen there); or a nested object.
 */
export type Template = 'n' | 's' | 'b' | 'x' | 'u' | { keys: string[]; values: Template[] };

export interface RecordBatch {
  templates: Template[];
  /** Pairs: template index, number of consecutive records of that shape. */
  runs: number[];
  values: Float64Array;
  strings: string[];
  extra: unknown[];
  /** Positions in `values` (increasing) that stand for undefined. */
  undefinedAt: number[];
}

const MAX_DEPTH = 6;

function leafKind(value: unknown): Template | null {
  switch (typeof value) {
    case 'number':
      return 'n';
    case 'string':
      return 's';
    case 'boolean':
      return 'b';
    case 'undefined':
      return 'u';
    default:
      return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function templateOf(value: unknown, depth: number): Template {
  const leaf = leafKind(value);
  if (leaf) return leaf;
  if (depth >= MAX_DEPTH || !isPlainObject(value)) return 'x';
  const keys: string[] = [];
  const values: Template[] = [];
  for (const key in value) {
    keys.push(key);
    values.push(templateOf(value[key], depth + 1));
  }
  return { keys, values };
}

// Encoder state: module-level, so the hot loop below reads plain variables (a class with
// methods on `this` took ~5x longer than walking the records).
let out = new Float64Array(4096);
let pos = 0;
let strings: string[] = [];
let extra: unknown[] = [];
let undefinedAt: number[] = [];
let stringIndex = new Map<string, number>();

/** Room for `leaves` more values, so the writes below need no bounds check of their own. */
function reserve(leaves: number): void {
  if (pos + leaves <= out.length) return;
  const grown = new Float64Array(Math.max(out.length * 2, pos + leaves));
  grown.set(out.subarray(0, pos));
  out = grown;
}

function stringAt(s: string): number {
  // Every string once per batch, request ids and reasons too: the page keeps the decoded records
  // for seconds, and one string per use (a request's id in each of its steps, an environment's
  // reason in each of its invocations) was most of the objects its collector had to trace.
  let i = stringIndex.get(s);
  if (i === undefined) {
    i = strings.push(s) - 1;
    stringIndex.set(s, i);
  }
  return i;
}

/** Appends the leaves of `v` if it has the shape of template `t`; false if not (caller rewinds). */
function writeObject(v: Record<string, unknown>, t: { keys: string[]; values: Template[] }): boolean {
  const keys = t.keys;
  const kinds = t.values;
  let i = 0;
  for (const key in v) {
    if (key !== keys[i]) return false;
    const x = v[key];
    const kind = kinds[i];
    if (typeof x === 'number') {
      if (kind !== 'n') {
        if (kind !== 'u') return false;
        kinds[i] = 'n';
      }
      out[pos++] = x;
    } else if (typeof x === 'string') {
      if (kind !== 's') {
        if (kind !== 'u') return false;
        kinds[i] = 's';
      }
      out[pos++] = stringAt(x);
    } else if (x === undefined) {
      if (typeof kind === 'object') return false;
      undefinedAt.push(pos);
      out[pos++] = NaN;
    } else if (typeof kind === 'object') {
      // Engine records are object literals: their constructor answers quickly.
      if (
        typeof x !== 'object' ||
        x === null ||
        ((x as { constructor?: unknown }).constructor !== Object && !isPlainObject(x))
      )
        return false;
      if (!writeObject(x as Record<string, unknown>, kind)) return false;
    } else if (!writeOther(x, kinds, i)) return false;
    i++;
  }
  return i === keys.length;
}

/** A boolean or an 'x' value (a 'u' leaf takes the kind; a plain object never makes one 'x'). */
function writeOther(x: unknown, kinds: Template[], i: number): boolean {
  const isBoolean = typeof x === 'boolean';
  let kind = kinds[i];
  if (kind === 'u') {
    if (!isBoolean && isPlainObject(x)) return false;
    kind = kinds[i] = isBoolean ? 'b' : 'x';
  }
  if (kind === 'b') {
    if (!isBoolean) return false;
    out[pos++] = x ? 1 : 0;
    return true;
  }
  if (kind !== 'x' || isBoolean) return false;
  out[pos++] = extra.push(x) - 1;
  return true;
}

function write(record: object, t: Template, leaves: number): boolean {
  if (typeof t !== 'object' || !isPlainObject(record)) return false;
  reserve(leaves);
  const mark = pos;
  const extraMark = extra.length;
  const undefinedMark = undefinedAt.length;
  if (writeObject(record as Record<string, unknown>, t)) return true;
  pos = mark;
  if (extra.length !== extraMark) extra.length = extraMark;
  if (undefinedAt.length !== undefinedMark) undefinedAt.length = undefinedMark;
  return false;
}

/** Encodes records (plain objects); the caller transfers `values.buffer`. */
export function encodeRecords(records: readonly object[]): RecordBatch {
  out = new Float64Array(4096);
  pos = 0;
  strings = [];
  extra = [];
  undefinedAt = [];
  stringIndex = new Map();
  const templates: Template[] = [];
  const leaves: number[] = [];
  const runs: number[] = [];
  // Template indices, most recently used first: records of a few shapes interleave (a second
  // with invocations has duration percentiles, an idle one not), so the next one is usually near
  // the front.
  const recent: number[] = [];
  let current = -1;
  for (const record of records) {
    if (current < 0 || !write(record, templates[current], leaves[current])) {
      current = -1;
      for (let r = 1; r < recent.length; r++) {
        const i = recent[r];
        if (write(record, templates[i], leaves[i])) {
          current = i;
          recent.splice(r, 1);
          break;
        }
      }
      if (current < 0) {
        const t = templateOf(record, 0);
        if (typeof t !== 'object') throw new Error('record batch: records must be plain objects');
        current = templates.length;
        templates.push(t);
        leaves.push(checkTemplate(t, 0));
        if (!write(record, t, leaves[current]))
          throw new Error('record batch: a record does not match its own template');
      }
      recent.unshift(current);
      runs.push(current, 0);
    }
    runs[runs.length - 1]++;
  }
  const batch: RecordBatch = { templates, runs, values: out.slice(0, pos), strings, extra, undefinedAt };
  strings = [];
  extra = [];
  undefinedAt = [];
  stringIndex = new Map();
  return batch;
}

export type DecodedRecords = { ok: true; records: unknown[] } | { ok: false; error: string };

/** Leaves in a template; -1 when it is not a well-formed template. */
function checkTemplate(t: unknown, depth: number): number {
  if (t === 'n' || t === 's' || t === 'b' || t === 'x' || t === 'u') return 1;
  if (depth >= MAX_DEPTH || typeof t !== 'object' || t === null) return -1;
  const { keys, values } = t as { keys?: unknown; values?: unknown };
  if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length) return -1;
  const seen = new Set<string>();
  let leaves = 0;
  for (let i = 0; i < keys.length; i++) {
    const key: unknown = keys[i];
    if (typeof key !== 'string' || seen.has(key)) return -1;
    seen.add(key);
    const n = checkTemplate(values[i], depth + 1);
    if (n < 0) return -1;
    leaves += n;
  }
  return leaves;
}

type PlainConstructor = new () => object;

// One constructor per record shape (its keys), shared across batches so records of one kind keep
// one hidden class. Objects built with `{}` hold 4 properties in the object and the rest in a
// separate array; a constructor's objects get room for all of them (V8's slack tracking), so a
// kept record is one object fewer for the collector.
const constructors = new Map<string, PlainConstructor>();
const MAX_CONSTRUCTORS = 256;

function recordConstructor(t: { keys: string[] }): PlainConstructor {
  const shape = t.keys.join('\u0000');
  let ctor = constructors.get(shape);
  if (!ctor) {
    if (constructors.size >= MAX_CONSTRUCTORS) constructors.clear();
    // A fresh function each time: V8 keeps the object layout per function.
    const fn = function PlainRecord() {} as unknown as PlainConstructor;
    // Its objects are plain objects, as structured clone would make them.
    fn.prototype = Object.prototype;
    ctor = fn;
    constructors.set(shape, ctor);
  }
  return ctor;
}

class Decoder {
  pos = 0;
  /** Next entry of undefinedAt. */
  u = 0;
  /** This batch's templates' constructors (looked up once per template, not per record). */
  private readonly ctors = new Map<object, PlainConstructor>();
  constructor(
    private readonly values: Float64Array,
    private readonly strings: string[],
    private readonly extra: unknown[],
    private readonly undefinedAt: number[],
  ) {}

  private index(limit: number): number {
    const i = this.values[this.pos++];
    if (!(Number.isInteger(i) && i >= 0 && i < limit)) throw new Error('an index is out of range');
    return i;
  }

  read(t: Template): unknown {
    if (typeof t === 'string') {
      if (this.undefinedAt[this.u] === this.pos) {
        this.u++;
        this.pos++;
        return undefined;
      }
      switch (t) {
        case 'n':
          return this.values[this.pos++];
        case 's':
          return this.strings[this.index(this.strings.length)];
        case 'b': {
          const b = this.values[this.pos++];
          if (b !== 0 && b !== 1) throw new Error('a boolean is neither 0 nor 1');
          return b === 1;
        }
        case 'x':
          return this.extra[this.index(this.extra.length)];
        default:
          throw new Error('a leaf that is only undefined has a value');
      }
    }
    let ctor = this.ctors.get(t);
    if (!ctor) this.ctors.set(t, (ctor = recordConstructor(t)));
    const out = new ctor() as Record<string, unknown>;
    const { keys, values } = t;
    for (let i = 0; i < keys.length; i++) {
      const v = this.read(values[i]);
      // An own property, as structured clone would make it, never the prototype.
      if (keys[i] === '__proto__')
        Object.defineProperty(out, '__proto__', {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[keys[i]] = v;
    }
    return out;
  }
}

/** Rebuilds the records of an untrusted batch, or says what is wrong with it. */
export function decodeRecords(batch: unknown, maxRecords: number): DecodedRecords {
  const fail = (why: string): DecodedRecords => ({ ok: false, error: `not a valid record batch (${why})` });
  if (typeof batch !== 'object' || batch === null) return fail('not an object');
  const { templates, runs, values, strings, extra, undefinedAt } = batch as Record<string, unknown>;
  if (
    !Array.isArray(templates) ||
    !Array.isArray(runs) ||
    !(values instanceof Float64Array) ||
    !Array.isArray(strings) ||
    !Array.isArray(extra) ||
    !Array.isArray(undefinedAt)
  ) {
    return fail('missing parts');
  }
  for (let i = 0; i < undefinedAt.length; i++) {
    const at: unknown = undefinedAt[i];
    if (
      typeof at !== 'number' ||
      !Number.isInteger(at) ||
      at < 0 ||
      at >= values.length ||
      (i > 0 && at <= (undefinedAt[i - 1] as number))
    )
      return fail('undefinedAt');
  }
  for (const s of strings) if (typeof s !== 'string') return fail('a string table entry is not a string');
  const leaves: number[] = [];
  for (const t of templates) {
    const n = checkTemplate(t, 0);
    if (n < 0) return fail('a malformed template');
    leaves.push(n);
  }
  if (runs.length % 2 !== 0) return fail('runs');
  let count = 0;
  let expected = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const t: unknown = runs[i];
    const n: unknown = runs[i + 1];
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= templates.length)
      return fail('a run names no template');
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return fail('a run length');
    count += n;
    expected += n * leaves[t];
  }
  if (count > maxRecords) return fail(`more than ${maxRecords} records`);
  if (expected !== values.length) return fail('the values do not match the templates');
  const dec = new Decoder(values, strings as string[], extra, undefinedAt as number[]);
  const records: unknown[] = new Array(count);
  let k = 0;
  try {
    for (let i = 0; i < runs.length; i += 2) {
      const t = templates[runs[i] as number] as Template;
      for (let j = 0; j < (runs[i + 1] as number); j++) records[k++] = dec.read(t);
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (dec.u !== undefinedAt.length) return fail('undefinedAt names a position that is no leaf');
  return { ok: true, records };
}
