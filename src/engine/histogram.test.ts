import { describe, expect, it } from 'vitest';
import { Histogram } from './histogram';
import { createRng, exponential } from './rng';

describe('Histogram', () => {
  it('is exact for equal values and within 1% for a spread of values', () => {
    const h = new Histogram();
    for (let i = 0; i < 100; i++) h.add(100);
    expect(h.quantile(0.5)).toBe(100);
    expect(h.quantile(0.99)).toBe(100);

    const e = new Histogram();
    const rng = createRng(9, 'h');
    const values: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const v = exponential(rng, 200);
      values.push(v);
      e.add(v);
    }
    values.sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.99]) {
      const exact = values[Math.ceil(q * values.length) - 1];
      expect(Math.abs(e.quantile(q) - exact) / exact).toBeLessThan(0.01);
    }
    expect(e.max).toBe(values[values.length - 1]);
  });
});
