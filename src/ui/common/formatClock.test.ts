import { describe, expect, it } from 'vitest';
import { formatClock } from './formatClock';

describe('formatClock', () => {
  it('shows minutes, seconds and tenths', () => {
    expect(formatClock(0)).toBe('0:00.0');
    expect(formatClock(61_250)).toBe('1:01.2');
    expect(formatClock(300_000)).toBe('5:00.0');
  });
  it('switches to hours for long runs', () => {
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});
