import { describe, expect, it } from 'vitest';
import { createVirtualDate } from './virtualDate';

describe('virtual Date', () => {
  const VDate = createVirtualDate(() => Date.UTC(2026, 0, 1, 12, 30, 5));

  it('takes now from the virtual clock and shows local time as UTC', () => {
    const d = new VDate();
    expect(d.toISOString()).toBe('2026-01-01T12:30:05.000Z');
    expect(d.getHours()).toBe(12);
    expect(d.getTimezoneOffset()).toBe(0);
    expect(d.toString()).toBe('Thu Jan 01 2026 12:30:05 GMT+0000 (Coordinated Universal Time)');
    expect(VDate()).toBe(d.toString());
    expect(VDate.now()).toBe(d.getTime());
    expect(d instanceof VDate && d instanceof Date).toBe(true);
    expect(new Date(0) instanceof VDate).toBe(true);
  });

  it('reads local-time inputs as UTC', () => {
    expect(new VDate(2026, 1, 3, 4, 5).toISOString()).toBe('2026-02-03T04:05:00.000Z');
    expect(new VDate('2026-03-04T05:06:07').toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(VDate.parse('2026-03-04T05:06')).toBe(Date.UTC(2026, 2, 4, 5, 6));
    const d = new VDate(0);
    d.setHours(7);
    expect(d.toISOString()).toBe('1970-01-01T07:00:00.000Z');
    expect(new VDate(NaN).toString()).toBe('Invalid Date');
  });
});
