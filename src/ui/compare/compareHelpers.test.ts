import { describe, expect, it } from 'vitest';
import type { FunctionReport, Report } from '../../engine/reportTypes';
import { helloColdStarts } from '../../scenario/gallery/helloColdStarts';
import { parseScenario } from '../../scenario/parseScenario';
import type { Batch } from '../../state/compareStore';
import { buildVariants } from '../../state/compareVariants';
import { maxOf, overlayPoints } from './overlayPoints';
import { decodeTarget, encodeTarget, targetGroups } from './settingOptions';
import { marksByMemory, tuningOf } from './tuningPoints';

describe('compare view helpers', () => {
  it('overlays one column per variant by second', () => {
    const s = (t: number, c: number) => ({ t, functions: { f: { ConcurrentExecutions: c } as never }, queues: {} });
    const points = overlayPoints([[s(0, 1), s(1, 2)], [s(0, 3), s(1, 5), s(2, 1)]], 'f', 'ConcurrentExecutions');
    expect(points).toEqual([
      { t: 0, v0: 1, v1: 3 },
      { t: 1, v0: 2, v1: 5 },
      { t: 2, v1: 1 },
    ]);
    expect(maxOf(points, ['v0', 'v1'])).toBe(5);
  });

  it('round-trips setting targets and lists every function setting, the account and traffic', () => {
    for (const t of [
      { kind: 'function', functionId: 'hello', setting: 'memoryMB' },
      { kind: 'account', setting: 'concurrencyLimit' },
      { kind: 'traffic' },
    ] as const) {
      expect(decodeTarget(encodeTarget(t))).toEqual(t);
    }
    expect(decodeTarget('fn|hello|files')).toBeNull();
    expect(targetGroups(helloColdStarts).map((g) => g.label)).toEqual(['Function hello', 'Account', 'Traffic']);
  });

  it('turns a sweep into tuning points and marks the picks', () => {
    const built = buildVariants(
      helloColdStarts,
      [{ kind: 'function', functionId: 'hello', setting: 'memoryMB' }],
      [{ label: '128 MB', values: ['128'] }, { label: '1769 MB', values: ['1769'] }],
      parseScenario,
    );
    if (!built.ok) throw new Error('bad variants');
    const fn = (p50: number, cost: number) =>
      ({ Invocations: 10, Errors: 0, Duration: { avg: p50, p50, p90: p50, p99: p50, max: p50 }, CostUSD: { total: cost } }) as FunctionReport;
    const report = (f: FunctionReport) => ({ functions: { hello: f } }) as unknown as Report;
    const batch = {
      meta: { functionId: 'hello' },
      runs: [
        { variant: built.variants[0], report: report(fn(700, 0.00002)) },
        { variant: built.variants[1], report: report(fn(50, 0.00003)) },
      ],
    } as unknown as Batch;
    const { points, result } = tuningOf(batch, 0.5);
    expect(points.map((p) => [p.memoryMB, p.p50Ms])).toEqual([
      [128, 700],
      [1769, 50],
    ]);
    expect(result).toMatchObject({ cheapest: 128, fastest: 1769 });
    expect(marksByMemory(result).get(128)).toContain('cheapest');
  });
});
