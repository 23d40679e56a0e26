import { describe, expect, it } from 'vitest';
import { FIELDS, PATTERNS, switchPattern } from './trafficFields';

describe('switchPattern', () => {
  it('carries the main rate over and keeps the start/stop window', () => {
    const from = { pattern: 'poisson' as const, ratePerSecond: 8, startSecond: 10 };
    expect(switchPattern(from, 'constant')).toEqual({
      pattern: 'constant',
      ratePerSecond: 8,
      startSecond: 10,
    });
    expect(switchPattern(from, 'spike')).toMatchObject({
      basePerSecond: 8,
      peakPerSecond: 80,
      startSecond: 10,
    });
    expect(switchPattern(from, 'manual')).toEqual({ pattern: 'manual', startSecond: 10 });
  });
  it('gives every pattern the fields its editor shows', () => {
    for (const { value } of PATTERNS) {
      const traffic = switchPattern({ pattern: 'constant', ratePerSecond: 2 }, value) as unknown as Record<
        string,
        unknown
      >;
      for (const field of FIELDS[value]) expect(typeof traffic[field.key]).toBe('number');
    }
  });
});
