import { describe, expect, it } from 'vitest';
import { parseSchedule, type Schedule } from './schedule';

const firings = (s: Schedule, count: number) => {
  const out: number[] = [];
  let t = 0;
  for (let i = 0; i < count; i++) out.push((t = s.next(t)));
  return out;
};

describe('EventBridge schedules', () => {
  it('rate() fires every period, first after one period', () => {
    const s = parseSchedule('rate(5 minutes)') as Schedule;
    expect(firings(s, 3)).toEqual([300_000, 600_000, 900_000]);
    expect(parseSchedule('rate(1 minutes)')).toMatchObject({ error: expect.stringContaining('rate(1 minute)') });
  });

  it('cron() uses six fields in UTC', () => {
    // every 15 minutes during hour 0
    const s = parseSchedule('cron(0/15 0 * * ? *)') as Schedule;
    expect(firings(s, 5).map((t) => t / 60_000)).toEqual([15, 30, 45, 24 * 60, 24 * 60 + 15]);
    // 2026-01-01 is a Thursday (5 in AWS's 1 = Sunday numbering): the first Monday 09:00 is Jan 5
    const monday = parseSchedule('cron(0 9 ? * MON *)') as Schedule;
    expect(monday.next(0) / 3_600_000).toBe(4 * 24 + 9);
    expect(parseSchedule('cron(0 9 * * *)')).toMatchObject({ error: expect.stringContaining('6 fields') });
    expect(parseSchedule('cron(0 9 * * MON *)')).toMatchObject({ error: expect.stringContaining('"?"') });
  });
});
