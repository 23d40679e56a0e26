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

describe('appendCapped copies', () => {
  it('never returns or changes its inputs when items are added', () => {
    const items = [1, 2, 3];
    const added = [4];
    const out = appendCapped(items, added, 10);
    expect(out).toEqual([1, 2, 3, 4]);
    expect(out).not.toBe(items);
    expect(items).toEqual([1, 2, 3]);
    expect(appendCapped([], [7, 8], 1)).toEqual([8]);
  });
});
