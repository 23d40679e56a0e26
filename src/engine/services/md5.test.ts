import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { md5Hex } from './md5';

describe('md5Hex', () => {
  it('agrees with Node crypto', () => {
    for (const text of ['', 'a', 'abc', 'message digest', 'x'.repeat(1000), 'héllo wörld ✓ 🚀', JSON.stringify({ a: [1, 2, 3] })]) {
      expect(md5Hex(text)).toBe(createHash('md5').update(text, 'utf8').digest('hex'));
    }
  });
});
