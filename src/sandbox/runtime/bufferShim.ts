// A small Node-compatible Buffer (a Uint8Array subclass) for handler code: browsers have no
// Buffer, and using the same one in Node keeps both hosts identical. Covers what Lambda handlers
// use in practice: base64 (Kinesis data, API Gateway bodies), hex, utf8, concat, equals, JSON.

type Encoding = 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii';

const ENCODINGS = new Set(['utf8', 'utf-8', 'base64', 'base64url', 'hex', 'latin1', 'binary', 'ascii']);

function normalize(encoding: unknown): Encoding {
  const e = String(encoding ?? 'utf8').toLowerCase();
  if (!ENCODINGS.has(e)) throw new TypeError(`Unknown encoding: ${String(encoding)}`);
  return e as Encoding;
}

function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function bytesFromString(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'hex': {
      const n = text.length >> 1;
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const byte = parseInt(text.substr(i * 2, 2), 16);
        if (Number.isNaN(byte)) return out.subarray(0, i);
        out[i] = byte;
      }
      return out;
    }
    case 'base64':
    case 'base64url': {
      const clean = text.replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
      const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    case 'latin1':
    case 'binary':
    case 'ascii':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    default:
      return new TextEncoder().encode(text);
  }
}

export class Buffer extends Uint8Array {
  static from(value: unknown, encodingOrOffset?: unknown, length?: number): Buffer {
    if (typeof value === 'string') return Buffer.wrap(bytesFromString(value, normalize(encodingOrOffset)));
    if (value instanceof ArrayBuffer) {
      const offset = Number(encodingOrOffset ?? 0);
      return new Buffer(value, offset, length ?? value.byteLength - offset);
    }
    if (ArrayBuffer.isView(value)) return Buffer.wrap(new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice());
    if (Array.isArray(value)) return Buffer.wrap(Uint8Array.from(value, (v) => Number(v) & 0xff));
    const json = value as { type?: unknown; data?: unknown } | null;
    if (json && json.type === 'Buffer' && Array.isArray(json.data)) return Buffer.from(json.data);
    throw new TypeError(
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.',
    );
  }

  private static wrap(bytes: Uint8Array): Buffer {
    return new Buffer(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  }

  static alloc(size: number, fill?: number | string): Buffer {
    const b = new Buffer(size);
    if (typeof fill === 'number') b.fill(fill);
    else if (typeof fill === 'string' && fill.length > 0) {
      const pattern = bytesFromString(fill, 'utf8');
      for (let i = 0; i < size; i++) b[i] = pattern[i % pattern.length];
    }
    return b;
  }

  static allocUnsafe(size: number): Buffer {
    return new Buffer(size);
  }

  static isBuffer(value: unknown): value is Buffer {
    return value instanceof Buffer;
  }

  static isEncoding(encoding: unknown): boolean {
    return ENCODINGS.has(String(encoding).toLowerCase());
  }

  static byteLength(value: unknown, encoding?: unknown): number {
    if (typeof value === 'string') return bytesFromString(value, normalize(encoding)).length;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
    throw new TypeError('The "string" argument must be of type string or an instance of Buffer or ArrayBuffer.');
  }

  static concat(list: readonly Uint8Array[], totalLength?: number): Buffer {
    const total = totalLength ?? list.reduce((n, b) => n + b.length, 0);
    const out = new Buffer(total);
    let offset = 0;
    for (const b of list) {
      if (offset >= total) break;
      out.set(b.subarray(0, total - offset), offset);
      offset += b.length;
    }
    return out;
  }

  override toString(encoding?: unknown, start = 0, end = this.length): string {
    const bytes = this.subarray(start, end);
    switch (normalize(encoding)) {
      case 'hex':
        return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      case 'base64':
        return btoa(binaryString(bytes));
      case 'base64url':
        return btoa(binaryString(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      case 'latin1':
      case 'binary':
        return binaryString(bytes);
      case 'ascii':
        return binaryString(bytes.map((b) => b & 0x7f));
      default:
        return new TextDecoder().decode(bytes);
    }
  }

  toJSON(): { type: 'Buffer'; data: number[] } {
    return { type: 'Buffer', data: Array.from(this) };
  }

  equals(other: Uint8Array): boolean {
    return this.length === other.length && this.every((b, i) => b === other[i]);
  }

  /** Node's Buffer.slice shares memory (unlike Uint8Array.prototype.slice). */
  override slice(start?: number, end?: number): Buffer {
    return this.subarray(start, end) as Buffer;
  }

  write(text: string, offset = 0, encoding?: unknown): number {
    const bytes = bytesFromString(text, normalize(encoding)).subarray(0, Math.max(0, this.length - offset));
    this.set(bytes, offset);
    return bytes.length;
  }
}
