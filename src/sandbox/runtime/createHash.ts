// Node's crypto.createHash / createHmac over the synchronous hashes in hashes.ts.
import { Buffer } from './bufferShim';
import { HASHES, hmac } from './hashes';

function algorithmOf(name: unknown): string {
  const key = String(name).toLowerCase().replace(/-/g, '');
  if (!HASHES[key]) throw new Error('Digest method not supported');
  return key;
}

function bytesOf(data: unknown, encoding?: string): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
}

class Hash {
  private chunks: Uint8Array[] = [];
  private done = false;

  constructor(
    private readonly algorithm: string,
    private readonly key: Uint8Array | null,
  ) {}

  update(data: unknown, encoding?: string): this {
    if (this.done) throw new Error('Digest already called');
    this.chunks.push(bytesOf(data, encoding).slice());
    return this;
  }

  digest(encoding?: string): Buffer | string {
    if (this.done) throw new Error('Digest already called');
    this.done = true;
    const data = Buffer.concat(this.chunks);
    const result = Buffer.from(this.key ? hmac(this.algorithm, this.key, data) : HASHES[this.algorithm].fn(data));
    return encoding ? result.toString(encoding) : result;
  }

  copy(): Hash {
    const copy = new Hash(this.algorithm, this.key);
    copy.chunks = [...this.chunks];
    return copy;
  }
}

export const hashFunctions = {
  createHash: (algorithm: string) => new Hash(algorithmOf(algorithm), null),
  createHmac: (algorithm: string, key: unknown) => new Hash(algorithmOf(algorithm), bytesOf(key).slice()),
  getHashes: () => Object.keys(HASHES),
  timingSafeEqual: (a: Uint8Array, b: Uint8Array) => {
    if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length');
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  },
};
