import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenarioTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost } from './testing/scriptedHost';
import { createRng, exponential } from './rng';
import { JOURNAL_ENTRIES_PER_TAKE } from './journal';

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
      { id: 'k', kind: 'client', name: 'k', traffic: { pattern: 'poisson', ratePerSecond: 1 } },
      { id: 's', kind: 'kinesisStream', name: 'stream', shards: 1 },
      { id: 'h', kind: 'function', name: 'h', files: { 'index.mjs': '' } },
    ],
    edges: [
      { id: 'e1', from: 'c', to: 'f', kind: 'invoke' },
      { id: 'e2', from: 'p', to: 'q', kind: 'send' },
      { id: 'e3', from: 'q', to: 'g', kind: 'eventSourceMapping', config: { batchSize: 5 } },
      { id: 'e4', from: 'k', to: 's', kind: 'send' },
      { id: 'e5', from: 's', to: 'h', kind: 'eventSourceMapping', config: { batchSize: 10, startingPosition: 'TRIM_HORIZON' } },
      { id: 'e6', from: 'k', to: 'g', kind: 'invoke', config: { invocationType: 'Event' } },
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

  it('skipped seconds, journal entries and log lines change nothing a take returns once it is complete; a take at every second gets every second', () => {
    const seconds = 3_000;
    const window = 20;
    const lines = 400;
    const reference = createSimulation(scenario(seconds), host(), { keepSeries: true });
    reference.run(Infinity);
    const all = JSON.parse(JSON.stringify(reference.report().series)) as { t: number }[];
    // Some seconds carry each optional extension, so the skip's restarts are exercised.
    const fields = new Set(all.flatMap((s) => Object.values((s as unknown as { functions: Record<string, object> }).functions).flatMap(Object.keys)));
    for (const f of ['DurationP99', 'InitDuration', 'AsyncEventAge', 'AsyncQueueDepth', 'IteratorAge', 'ProvisionedConcurrencyInvocations']) expect(fields).toContain(f);

    const skipping = createSimulation(scenario(seconds), host(), { maxPendingSamples: window, journal: true });
    const plain = createSimulation(scenario(seconds), host(), { maxPendingSamples: window, journal: true });
    let takes = 0;
    let waited = 0;
    let entries = 0;
    let logLines = 0;
    // Like the fast run's server: skip up to shortly before the next take, run on until the
    // take is complete, then take; the horizons move back and forth as the expected take moves.
    for (const [skipTo, journalTo, logTo, takeAt] of [[100, 100, 70, 130], [131, 131, 101, 400], [900, 600, 870, 905], [1_000, 1_000, 1_480, 1_500], [1_600, 1_000, 1_615, 1_601], [2_000, 1_700, 1_970, 2_300], [2_990, 2_600, 2_960, seconds]]) {
      skipping.skipBefore(skipTo, journalTo, logTo);
      let untilS = takeAt;
      skipping.run(untilS * 1000);
      while (skipping.secondsUntilSamplesComplete() > 0 || !skipping.journalComplete() || !skipping.logsComplete(lines)) {
        expect(untilS).toBeLessThan(seconds);
        skipping.run(++untilS * 1000);
      }
      waited += untilS - takeAt;
      plain.run(untilS * 1000);
      const got = JSON.parse(JSON.stringify(skipping.takeRecentSamples(window))) as { t: number }[];
      expect(got).toEqual(JSON.parse(JSON.stringify(plain.takeRecentSamples(window))));
      for (const s of got) expect(s).toEqual(all[s.t]);
      const journal = [skipping.takeEnvironmentEvents(), skipping.takeTraceEvents()];
      expect(journal).toEqual([plain.takeEnvironmentEvents(), plain.takeTraceEvents()]);
      entries += journal[0].length + journal[1].length;
      const logs = skipping.takeLogs(lines);
      expect(logs).toEqual(plain.takeLogs(lines));
      logLines += logs.length;
      takes++;
    }
    expect(takes).toBe(7);
    expect(waited).toBeGreaterThan(0);
    expect(entries).toBeGreaterThan(10 * JOURNAL_ENTRIES_PER_TAKE);
    expect(logLines).toBeGreaterThan(4 * lines);
    expect(JSON.stringify(skipping.report())).toBe(JSON.stringify(plain.report()));

    // The paced run (1x): a take after each second, nothing skipped, every second arrives.
    const paced = createSimulation(scenario(seconds), host(), { maxPendingSamples: window });
    const got: unknown[] = [];
    for (let t = 1; t <= 600; t++) {
      paced.skipBefore(0);
      paced.run(t * 1000);
      expect(paced.secondsUntilSamplesComplete()).toBe(0);
      got.push(...paced.takeRecentSamples(window));
    }
    expect(JSON.parse(JSON.stringify(got))).toEqual(all.slice(0, 600));
  });
});
