import { describe, expect, it } from 'vitest';
import { nearestIndex } from './ChartHover';
import type { ChartPoint } from './toChartPoints';

const at = (...ts: number[]): ChartPoint[] =>
  ts.map((t) => ({ t, concurrency: 0, environments: 0, invocations: 0, throttles: 0, coldStarts: 0, errors: 0 }));

describe('nearestIndex', () => {
  it('finds the point whose second is closest, gaps and window edges included', () => {
    const points = at(10, 11, 12, 20, 30);
    expect(nearestIndex(points, 11.4)).toBe(1);
    expect(nearestIndex(points, 11.6)).toBe(2);
    expect(nearestIndex(points, 17)).toBe(3);
    expect(nearestIndex(points, -5)).toBe(0);
    expect(nearestIndex(points, 99)).toBe(4);
    expect(nearestIndex(at(7), 3)).toBe(0);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
