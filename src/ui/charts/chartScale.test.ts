import { describe, expect, it } from 'vitest';
import { linear, niceStep, timeTicks, valueTicks } from './chartScale';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten, whole numbers only', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(0.3)).toBe(1);
    expect(niceStep(1.5)).toBe(2);
    expect(niceStep(2.2)).toBe(5); // 2.5 is not whole
    expect(niceStep(22)).toBe(25);
    expect(niceStep(260)).toBe(500);
    expect(niceStep(1000)).toBe(1000);
    expect(niceStep(1001)).toBe(2000);
  });
});

describe('valueTicks', () => {
  it('covers the maximum from zero in round steps', () => {
    expect(valueTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(valueTicks(1013)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(valueTicks(209)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it('gives a unit scale when everything is zero', () => {
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

describe('timeTicks', () => {
  it('puts round seconds inside the window', () => {
    expect(timeTicks(0, 78, 5)).toEqual([0, 20, 40, 60]);
    expect(timeTicks(17, 316, 5)).toEqual([100, 200, 300]);
    expect(timeTicks(5, 5, 5)).toEqual([5]);
  });
});

describe('linear', () => {
  it('maps the domain onto the range, flipped ranges included', () => {
    const y = linear(0, 100, 120, 0);
    expect(y(0)).toBe(120);
    expect(y(50)).toBe(60);
    expect(y(100)).toBe(0);
    expect(linear(3, 3, 10, 20)(3)).toBe(10);
  });
});
