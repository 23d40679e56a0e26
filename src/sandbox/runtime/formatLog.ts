// A compact stand-in for Node's util.format / util.inspect (Node's own is not available in a
// browser worker). Covers what handlers log in practice; output matches Node for common values.
/* eslint-disable @typescript-eslint/no-explicit-any */

const MAX_DEPTH = 2;
const MAX_ITEMS = 100;
const IDENT = /^[A-Za-z_$][\w$]*$/;

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function keyText(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return IDENT.test(key) ? key : quote(key);
}

function join(open: string, parts: string[], close: string, indent: number): string {
  if (parts.length === 0) return `${open}${close}`;
  const single = `${open} ${parts.join(', ')} ${close}`;
  if (single.length + indent <= 72 && !single.includes('\n')) return single;
  const pad = ' '.repeat(indent + 2);
  return `${open}\n${pad}${parts.join(`,\n${pad}`)}\n${' '.repeat(indent)}${close}`;
}

/** How an Error's stack is shown (the sandbox maps compiled positions back to the source). */
let stackText: (stack: string) => string = (s) => s;

function inspectInner(value: any, depth: number, seen: any[], indent: number): string {
  switch (typeof value) {
    case 'string':
      return depth === 0 ? value : quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
    case 'boolean':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function': {
      const kind = /^class\s/.test(Function.prototype.toString.call(value)) ? 'class' : 'Function';
      return value.name ? `[${kind}: ${value.name}]` : `[${kind} (anonymous)]`;
    }
  }
  if (value === null) return 'null';
  if (seen.includes(value)) return '[Circular *1]';
  if (value instanceof Error) return value.stack ? stackText(value.stack) : `${value.name}: ${value.message}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (typeof value.then === 'function' && Object.prototype.toString.call(value) === '[object Promise]') {
    return 'Promise { <pending> }';
  }
  if (depth > MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';
  seen.push(value);
  try {
    const inner = (v: any) => inspectInner(v, depth + 1, seen, indent + 2);
    if (Array.isArray(value)) {
      const parts = value.slice(0, MAX_ITEMS).map((v) => (v === undefined ? 'undefined' : inner(v)));
      if (value.length > MAX_ITEMS) parts.push(`... ${value.length - MAX_ITEMS} more items`);
      return join('[', parts, ']', indent);
    }
    if (value instanceof Map) {
      const parts = [...value].slice(0, MAX_ITEMS).map(([k, v]) => `${inner(k)} => ${inner(v)}`);
      return join(`Map(${value.size}) {`, parts, '}', indent);
    }
    if (value instanceof Set) {
      return join(`Set(${value.size}) {`, [...value].slice(0, MAX_ITEMS).map(inner), '}', indent);
    }
    if (value instanceof Uint8Array && value.constructor.name === 'Buffer') {
      const hex = Array.from(value.subarray(0, 50), (b) => b.toString(16).padStart(2, '0'));
      return `<Buffer${hex.length ? ' ' + hex.join(' ') : ''}${value.length > 50 ? ` ... ${value.length - 50} more bytes` : ''}>`;
    }
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const items = Array.from(value as unknown as ArrayLike<number>).slice(0, MAX_ITEMS).map(String);
      return join(`${value.constructor.name}(${(value as any).length}) [`, items, ']', indent);
    }
    const keys: (string | symbol)[] = Object.keys(value);
    const parts = keys.slice(0, MAX_ITEMS).map((k) => `${keyText(k)}: ${inner(value[k])}`);
    const proto = Object.getPrototypeOf(value);
    const name = proto === null ? '[Object: null prototype]' : proto.constructor?.name;
    const prefix = !name || name === 'Object' ? '' : `${name} `;
    return prefix + join('{', parts, '}', indent);
  } finally {
    seen.pop();
  }
}

export function inspect(value: unknown): string {
  return inspectInner(value, typeof value === 'string' ? 1 : 0, [], 0);
}

function formatNumber(value: any): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'NaN';
  return String(Number(value));
}

/** Node's util.format: printf-like first argument, remaining arguments inspected. */
export function formatLog(args: ArrayLike<unknown>, mapStack?: (stack: string) => string): string {
  if (!mapStack) return formatArgs(args);
  const previous = stackText;
  stackText = mapStack;
  try {
    return formatArgs(args);
  } finally {
    stackText = previous;
  }
}

function formatArgs(args: ArrayLike<unknown>): string {
  const first = args[0];
  let out = '';
  let next = 1;
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const code = first[i + 1];
      let piece: string | null = null;
      if (code === '%') piece = '%';
      else if (next < args.length) {
        const arg: any = args[next];
        if (code === 's') piece = typeof arg === 'string' ? arg : typeof arg === 'bigint' ? `${arg}n` : typeof arg === 'object' && arg !== null ? inspectInner(arg, 1, [], 0) : String(arg);
        else if (code === 'd' || code === 'i') piece = code === 'i' ? String(parseInt(arg, 10)) : formatNumber(arg);
        else if (code === 'f') piece = String(parseFloat(arg));
        else if (code === 'j') {
          try {
            piece = JSON.stringify(arg);
          } catch {
            piece = '[Circular]';
          }
        } else if (code === 'o' || code === 'O') piece = inspectInner(arg, 1, [], 0);
        else if (code === 'c') piece = '';
        if (piece !== null && code !== '%') next++;
      }
      if (piece === null) continue;
      out += first.slice(last, i) + piece;
      last = i + 2;
      i++;
    }
    out += first.slice(last);
  } else {
    out = inspect(first);
  }
  for (; next < args.length; next++) {
    const arg = args[next];
    out += ' ' + (typeof arg === 'string' ? arg : inspect(arg));
  }
  return out;
}
