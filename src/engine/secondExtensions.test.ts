// The per-second extensions of samples (reportTypes.FunctionSecond): duration percentiles, init
// duration, async queue depth and event age, iterator age and cost to date.
import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge, ScenarioNode } from './scenarioTypes';
import type { SecondSample } from './reportTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost, type ScriptedStep } from './testing/scriptedHost';
import type { InvokeRequest } from './handlerHost';

function run(nodes: ScenarioNode[], edges: ScenarioEdge[], handle: (req: InvokeRequest) => ScriptedStep, durationSeconds: number, initMs = 0) {
  const scenario: Scenario = { version: 1, name: 'x', seed: 2, durationSeconds, cpu: 'ignored', nodes, edges };
  const sim = createSimulation(scenario, createScriptedHost({ initMs, handle }), { keepSeries: true });
  sim.run(Infinity);
  const report = sim.report();
  return { report, series: report.series as SecondSample[] };
}

const fn = (extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id: 'f', kind: 'function', name: 'f', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 100 }, ...extra }) as ScenarioNode;

describe('per-second extensions', () => {
  it('duration p50/p90/p99 of the invocations that ended in each second; init duration of its cold starts; cost to date', () => {
    let n = 0;
    // Ten requests a second, 100 ms apart, lasting 1..10 ms: every second holds exactly 1..10.
    const { report, series } = run(
      [{ id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 10 } }, fn()],
      [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
      () => ({ durationMs: (n++ % 10) + 1 }),
      20,
      50,
    );
    expect(series).toHaveLength(20);
    for (const s of series.slice(1)) {
      expect(s.functions.f.Invocations).toBe(10);
      expect(s.functions.f).toMatchObject({ DurationP50: 5, DurationP90: 9, DurationP99: 10 });
      expect(s.functions.f.InitDuration).toBeUndefined();
    }
    expect(series[0].functions.f.InitDuration).toBe(150); // runtime 100 ms + module init 50 ms
    expect(report.functions.f.Duration.p50).toBe(5);
    const costs = series.map((s) => s.functions.f.CostUSD as number);
    for (let i = 1; i < costs.length; i++) expect(costs[i]).toBeGreaterThan(costs[i - 1]);
    expect((costs.at(-1) as number) / report.functions.f.CostUSD.total).toBeCloseTo(1, 5);
    // A synchronous-only function reports no async queue.
    expect(series[5].functions.f.AsyncQueueDepth).toBeUndefined();
  });

  it('async queue depth grows while reserved concurrency 1 serves 5 events a second, and so does the age of the events taken', () => {
    const { series, report } = run(
      [{ id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 5 } }, fn({ reservedConcurrency: 1 } as Partial<ScenarioNode>)],
      [{ id: 'e', from: 'c', to: 'f', kind: 'invoke', config: { invocationType: 'Event' } }],
      () => ({ durationMs: 1000 }),
      30,
    );
    const depth = (t: number) => series[t].functions.f.AsyncQueueDepth as number;
    expect(depth(2)).toBeGreaterThan(0);
    expect(depth(20)).toBeGreaterThan(depth(5) + 30);
    const ages = series.map((s) => s.functions.f.AsyncEventAge ?? 0);
    expect(Math.max(...ages.slice(20))).toBeGreaterThan(Math.max(...ages.slice(0, 5)));
    expect(Math.max(...ages)).toBeCloseTo(report.functions.f.AsyncEventAge.max, 3);
  });

  it('iterator age per second climbs behind a poison record and matches the run maximum', () => {
    const poison = (req: InvokeRequest): ScriptedStep => {
      const records = (req.event as { Records: { kinesis: { data: string } }[] }).Records;
      const bad = records.some((r) => JSON.parse(Buffer.from(r.kinesis.data, 'base64').toString()).reading === '3');
      return bad
        ? { durationMs: 50, outcome: { ok: false, status: 'error', error: { errorType: 'Error', errorMessage: 'poison', trace: [] } } }
        : { durationMs: 50 };
    };
    const { series, report } = run(
      [
        { id: 'dev', kind: 'client', name: 'devices', traffic: { pattern: 'constant', ratePerSecond: 2, stopSecond: 25 }, payloads: [{ body: { partitionKey: 'p', reading: '{{seq}}' } }] },
        { id: 'k', kind: 'kinesisStream', name: 'telemetry', shards: 1 },
        fn({ coldStart: { runtimeInitMs: 0 } } as Partial<ScenarioNode>),
      ],
      [
        { id: 's', from: 'dev', to: 'k', kind: 'send' },
        { id: 'm', from: 'k', to: 'f', kind: 'eventSourceMapping', config: { batchSize: 10 } },
      ],
      poison,
      120,
    );
    const ages = series.filter((s) => s.functions.f.IteratorAge !== undefined).map((s) => s.functions.f.IteratorAge as number);
    expect(ages.length).toBeGreaterThan(10);
    expect(ages.at(-1)).toBeGreaterThan(ages[0] + 60_000);
    expect(Math.max(...ages)).toBeCloseTo(report.functions.f.IteratorAge.max, 3);
  });
});
