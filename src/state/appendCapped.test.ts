import { describe, expect, it } from 'vitest';
import { appendCapped } from './appendCapped';

describe('appendCapped', () => {
  it('keeps the newest items', () => {
    expect(appendCapped([1, 2, 3], [4, 5], 4)).toEqual([2, 3, 4, 5]);
    expect(appendCapped([1], [2, 3, 4, 5, 6], 3)).toEqual([4, 5, 6]);
  });
  it('returns the same array for an empty batch', () => {
    const items = [1, 2];
    expect(appendCapped(items, [], 5)).toBe(items);
  });
});
