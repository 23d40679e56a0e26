import { describe, expect, it } from 'vitest';
import { RunHistory } from '../../state/runHistory';
import { formatSeconds, overviewPaths } from './overviewPaths';

describe('overview strip', () => {
  it('draws nothing before a run', () => {
    expect(overviewPaths([], 300)).toEqual({ traffic: '', failures: '' });
  });

  it('draws up to the last recorded column, failures below traffic, bounded by the column count', () => {
    const h = new RunHistory();
    h.add(
      Array.from({ length: 150 }, (_, t) => ({
        t,
        queues: {},
        functions: {
          a: {
            Invocations: 10,
            Errors: 0,
            Throttles: t >= 100 ? 5 : 0,
            Retries: 0,
            ColdStarts: 0,
            ConcurrentExecutions: 1,
            Environments: 1,
            AsyncEventsReceived: 0,
            AsyncEventsDropped: 0,
          },
        },
      })),
    );
    const { traffic, failures } = overviewPaths(h.buckets(), 300, 100);
    // Half the run is recorded: the area closes at x = 500.
    expect(traffic.endsWith('L500.0 100Z')).toBe(true);
    expect(traffic.split('L').length).toBeLessThanOrEqual(2 * 100 + 3);
    // Before 100 s no failures: y stays at the baseline there.
    expect(failures).toContain('L0.0 100.0');
    expect(failures).toMatch(/L3\d\d\.0 69\.3/);
  });

  it('formats seconds as m:ss and h:mm:ss', () => {
    expect(formatSeconds(83)).toBe('1:23');
    expect(formatSeconds(3 * 3600 + 62)).toBe('3:01:02');
  });
});
