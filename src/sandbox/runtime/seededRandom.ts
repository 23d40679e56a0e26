// sfc32 seeded through splitmix32: fast, good enough for Math.random, and reproducible.
import { sfc32Next } from '../../engine/rng';

// The four words live in an Int32Array: as object fields, values beyond 31 bits become heap
// numbers in chromium (pointer compression), and every Math.random() then allocates.
export interface RandomState {
  readonly rand: Int32Array;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seedRandomState(target: RandomState, seed: number): void {
  const next = splitmix32(seed);
  const r = target.rand;
  r[0] = next();
  r[1] = next();
  r[2] = next();
  r[3] = next();
  for (let i = 0; i < 12; i++) nextUint32(target);
}

export function nextUint32(s: RandomState): number {
  return sfc32Next(s.rand);
}

export function nextRandom(s: RandomState): number {
  return nextUint32(s) / 4294967296;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** RFC 4122 version 4 layout, bytes from the seeded generator. */
export function seededUuid(s: RandomState): string {
  const bytes = new Uint8Array(16);
  fillRandomBytes(s, bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    out += HEX[bytes[i]];
    if (i === 3 || i === 5 || i === 7 || i === 9) out += '-';
  }
  return out;
}

export function fillRandomBytes(s: RandomState, bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i += 4) {
    const word = nextUint32(s);
    for (let j = 0; j < 4 && i + j < bytes.length; j++) bytes[i + j] = (word >>> (8 * j)) & 0xff;
  }
}
