import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost } from './testing/scriptedHost';
import { createRng, exponential } from './rng';

// Two functions (one with provisioned concurrency, so seconds carry the optional PC fields only
// sometimes) and an SQS queue feeding one of them: every part of a SecondSample is exercised.
function scenario(durationSeconds: number): Scenario {
  return {
    version: 1,
    name: 'live samples',
    seed: 11,
    durationSeconds,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'poisson', ratePerSecond: 3 } },
      { id: 'p', kind: 'client', name: 'p', traffic: { pattern: 'poisson', ratePerSecond: 2 } },
      { id: 'f', kind: 'function', name: 'f', files: { 'index.mjs': '' }, provisionedConcurrency: 2, reservedConcurrency: 5 },
      { id: 'q', kind: 'sqsQueue', name: 'jobs' },
      { id: 'g', kind: 'function', name: 'g', files: { 'index.mjs': '' } },
    ],
    edges: [
      { id: 'e1', from: 'c', to: 'f', kind: 'invoke' },
      { id: 'e2', from: 'p', to: 'q', kind: 'send' },
      { id: 'e3', from: 'q', to: 'g', kind: 'eventSourceMapping', config: { batchSize: 5 } },
    ],
  };
}

function host() {
  const rng = createRng(5, 'durations');
  return createScriptedHost({ initMs: 200, handle: () => ({ durationMs: exponential(rng, 700) }) });
}

describe('live samples with a bound', () => {
  it('the seconds handed out equal those of an unbounded run, field for field, though trimmed objects are refilled', () => {
    const seconds = 2_000;
    const reference = createSimulation(scenario(seconds), host(), { keepSeries: true });
    reference.run(Infinity);
    const all = reference.report().series ?? [];
    expect(all).toHaveLength(seconds);

    const bounded = createSimulation(scenario(seconds), host(), { maxPendingSamples: 7 });
    const taken: unknown[] = [];
    // Takes at irregular points, with long stretches in between where seconds are trimmed unread.
    for (const untilS of [3, 400, 401, 1_234, 1_999, seconds]) {
      bounded.run(untilS * 1000);
      taken.push(...bounded.takeSamples());
    }
    const takenJson = JSON.parse(JSON.stringify(taken)) as { t: number }[];
    expect(takenJson.length).toBeGreaterThan(20);
    for (const s of takenJson) expect(s).toEqual(JSON.parse(JSON.stringify(all[s.t])));
    // Each take gives at most the bound, newest seconds, in order.
    const ts = takenJson.map((s) => s.t);
    for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeGreaterThan(ts[i - 1]);
    expect(ts.at(-1)).toBe(seconds - 1);
    // Some seconds carried provisioned-concurrency invocations and some did not.
    const pcCounts = takenJson.map((s) => (s as unknown as { functions: { f: { ProvisionedConcurrencyInvocations?: number } } }).functions.f.ProvisionedConcurrencyInvocations);
    expect(pcCounts.some((n) => n === undefined)).toBe(true);
    expect(pcCounts.some((n) => (n ?? 0) > 0)).toBe(true);
  });
});
