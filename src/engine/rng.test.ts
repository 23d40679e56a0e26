import { describe, expect, it } from 'vitest';
import { createRng, uuidFrom } from './rng';

// The id a UUID v4 must be when built digit by digit from four draws of next().
function referenceUuid(seed: number, stream: string, skip: number): string {
  const rng = createRng(seed, stream);
  for (let i = 0; i < skip * 4; i++) rng.next();
  const w = () => Math.floor(rng.next() * 4294967296) >>> 0;
  const hex = (v: number, n: number) => v.toString(16).padStart(n, '0');
  const a = w();
  const b = ((w() & 0xffff0fff) | 0x4000) >>> 0;
  const c = ((w() & 0x3fffffff) | 0x80000000) >>> 0;
  const d = w();
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(b & 0xffff, 4)}-${hex(c >>> 16, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}

describe('rng', () => {
  it('nextUint32 is the same draw as next() × 2^32', () => {
    const a = createRng(7, 's');
    const b = createRng(7, 's');
    for (let i = 0; i < 1000; i++) expect(a.nextUint32?.()).toBe(b.next() * 4294967296);
  });

  it('uuidFrom gives version-4 ids equal to the digit-by-digit reference', () => {
    for (const seed of [1, 2, 99, 123456789]) {
      const rng = createRng(seed, 'requestIds');
      for (let i = 0; i < 200; i++) {
        const id = uuidFrom(rng);
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        if (i % 37 === 0) expect(id).toBe(referenceUuid(seed, 'requestIds', i));
      }
    }
  });

  it('uuidFrom works with a stream that only has next()', () => {
    const full = createRng(3, 'x');
    const plain = { next: createRng(3, 'x').next };
    expect(uuidFrom(plain)).toBe(uuidFrom(full));
  });
});
