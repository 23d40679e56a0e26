import { describe, expect, it } from 'vitest';
import { findFreeSpot } from './findFreeSpot';

describe('findFreeSpot', () => {
  it('uses the requested spot when it is free', () => {
    expect(findFreeSpot({ x: 0, y: 0 }, [{ x: 1000, y: 1000 }])).toEqual({ x: 0, y: 0 });
  });
  it('moves off an occupied spot, to the preferred side', () => {
    const right = findFreeSpot({ x: 0, y: 0 }, [{ x: 10, y: 10 }], 1);
    const left = findFreeSpot({ x: 0, y: 0 }, [{ x: 10, y: 10 }], -1);
    expect(right.x).toBeGreaterThanOrEqual(0);
    expect(left.x).toBeLessThanOrEqual(0);
    expect(right).not.toEqual({ x: 0, y: 0 });
  });
});
