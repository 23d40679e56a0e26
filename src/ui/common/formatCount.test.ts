import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('writes numbers as toLocaleString("en-US") does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567.891, -4200, 0.12345])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
