// Lambda serialises the handler's result with JSON.stringify. This gives the same value as
// JSON.parse(JSON.stringify(v)) without building the string (a trivial result is the common case).
/* eslint-disable @typescript-eslint/no-explicit-any */

const MAX_DEPTH = 1000;
const hasOwn = Object.prototype.hasOwnProperty;

function convert(value: any, key: string, depth: number): any {
  if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') value = value.toJSON(key);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      return undefined; // undefined, functions, symbols: dropped (null inside arrays)
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) throw new TypeError('Converting circular structure to JSON');
  const isArray = Array.isArray(value);
  // instanceof, not a prototype compare first: optimised code answers instanceof for a known map
  // at compile time, while Object.getPrototypeOf went through the runtime on every result.
  if (!isArray && (value instanceof Number || value instanceof String || value instanceof Boolean)) {
    return convert(value.valueOf(), key, depth);
  }
  if (isArray) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = convert(value[i], String(i), depth + 1);
      out[i] = item === undefined ? null : item;
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  // for-in over own keys visits what Object.keys would, in the same order, without building
  // a key array per result (every invocation's payload passes through here).
  for (const k in value) {
    if (!hasOwn.call(value, k)) continue;
    const item = convert(value[k], k, depth + 1);
    if (item !== undefined) out[k] = item;
  }
  return out;
}

/** Throws TypeError where JSON.stringify would (BigInt, circular structures). */
export function toJsonValue(value: unknown): unknown {
  const out = convert(value, '', 0);
  return out === undefined ? null : out;
}
