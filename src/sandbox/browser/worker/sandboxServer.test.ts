import { describe, expect, it } from 'vitest';
import { transform } from 'esbuild';
import { createSimulation } from '../../../engine/createSimulation';
import type { Scenario } from '../../../engine/scenarioTypes';
import { compileFunctionCode } from '../../compile/compileFunctionFiles';
import type { CompiledScenario, FromSandbox, ToSandbox } from '../protocol';
import { parseFromSandbox } from '../parseFromSandbox';
import { startSandboxServer, type PortLike } from './sandboxServer';
import { SandboxHost } from '../../runtime/sandboxHost';
import { grantForRun } from '../../network/networkGrant';
import type { SecondSample } from '../../../engine/reportTypes';

function scenario(handler: string, durationSeconds = 20): Scenario {
  return {
    version: 1,
    name: 'server test',
    seed: 3,
    durationSeconds,
    cpu: 'ignored',
    nodes: [
      { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'constant', ratePerSecond: 5 } },
      { id: 'hello', kind: 'function', name: 'hello', files: { 'index.mjs': handler } },
    ],
    edges: [{ id: 'e1', from: 'users', to: 'hello', kind: 'invoke' }],
  };
}

async function compile(s: Scenario): Promise<CompiledScenario> {
  const out: CompiledScenario = {};
  for (const node of s.nodes) if (node.kind === 'function') out[node.id] = await compileFunctionCode(node.files, [], transform);
  return out;
}

function connect(realNow: () => number = () => performance.now(), create = createSimulation) {
  const received: FromSandbox[] = [];
  let waiters: (() => void)[] = [];
  const port: PortLike = {
    onmessage: null,
    postMessage(m) {
      const parsed = parseFromSandbox(structuredClone(m));
      if (!parsed.ok) throw new Error(parsed.error);
      received.push(parsed.message);
      const w = waiters;
      waiters = [];
      w.forEach((fn) => fn());
    },
  };
  startSandboxServer(port, {
    createSimulation: create,
    realNow,
    soon: (fn) => setImmediate(fn),
    later: (fn, ms) => setTimeout(fn, ms),
  });
  const send = (m: ToSandbox) => port.onmessage?.({ data: structuredClone(m) });
  const until = (pred: (m: FromSandbox) => boolean) =>
    new Promise<FromSandbox>((resolve) => {
      const check = () => {
        const hit = received.find(pred);
        if (hit) resolve(hit);
        else waiters.push(check);
      };
      check();
    });
  return { received, send, until };
}

const HANDLER = "let n = 0; export const handler = async () => { n++; await new Promise((r) => setTimeout(r, 50)); console.log('n', n); return { n }; };";

describe('sandbox server', () => {
  it('runs a scenario as fast as possible and sends a final report', async () => {
    const s = scenario(HANDLER);
    const c = connect();
    expect(c.received[0]).toEqual({ v: 1, type: 'ready' });
    c.send({ v: 1, type: 'start', runId: 1, scenario: s, compiled: await compile(s), options: { speed: Infinity } });
    const done = await c.until((m) => m.type === 'update' && m.update.status === 'done');
    if (done.type !== 'update') throw new Error('unreachable');
    expect(done.update.report?.functions.hello.Invocations).toBe(100);
    const updates = c.received.filter((m) => m.type === 'update');
    const logs = updates.flatMap((m) => (m.type === 'update' ? m.update.logs : []));
    expect(logs.some((l) => l.line.includes('\tINFO\tn 1'))).toBe(true);
    const samples = updates.flatMap((m) => (m.type === 'update' ? m.update.samples : []));
    expect(samples.map((x) => x.t)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('a fast long run sends each second at most once, ending with the last hour', async () => {
    const s = scenario('export const handler = async () => ({ ok: true });', 40_000);
    const c = connect();
    c.send({ v: 1, type: 'start', runId: 3, scenario: s, compiled: await compile(s), options: { speed: Infinity } });
    const done = await c.until((m) => m.type === 'update' && m.update.status === 'done');
    if (done.type !== 'update') throw new Error('unreachable');
    expect(done.update.report?.functions.hello.Invocations).toBe(200_000);
    const seconds = c.received.flatMap((m) => (m.type === 'update' ? m.update.samples.map((x) => x.t) : []));
    for (let i = 1; i < seconds.length; i++) expect(seconds[i]).toBeGreaterThan(seconds[i - 1]);
    expect(seconds.at(-1)).toBe(39_999);
    const updates = c.received.filter((m) => m.type === 'update');
    for (const m of updates) if (m.type === 'update') expect(m.update.samples.length).toBeLessThanOrEqual(3600);
  }, 60_000);

  it('a fast run skips what no update sends, yet each update carries the newest seconds, journal entries and log lines', async () => {
    const seconds = 150_000;
    const s: Scenario = {
      ...scenario('export const handler = async () => { await new Promise((r) => setTimeout(r, 100)); return 1; };', seconds),
      nodes: [
        { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'poisson', ratePerSecond: 0.5 } },
        scenario('').nodes[1],
      ],
    };
    const compiled = await compile(s);
    const host = () => new SandboxHost({ compiledFor: (spec) => compiled[spec.functionId] ?? {}, network: grantForRun(s, false, 'not-offered') });
    const reference = createSimulation(s, host(), { keepSeries: true, journal: true });
    reference.run(Infinity);
    const series = JSON.parse(JSON.stringify(reference.report().series)) as SecondSample[];
    // A wall clock that moves 1 ms per reading: chunks and updates come at fixed points.
    let wallMs = 0;
    let skippedAhead = 0;
    const c = connect(
      () => (wallMs += 1),
      (sc, h, options) => {
        const sim = createSimulation(sc, h, options);
        const skipBefore = sim.skipBefore.bind(sim);
        sim.skipBefore = (second, journalSecond) => {
          if (second > sim.nowMs / 1000 + 1) skippedAhead++;
          skipBefore(second, journalSecond);
        };
        return sim;
      },
    );
    c.send({ v: 1, type: 'start', runId: 5, scenario: s, compiled, options: { speed: Infinity } });
    await c.until((m) => m.type === 'update' && m.update.status === 'done');
    expect(skippedAhead).toBeGreaterThan(0);
    const updates = c.received.flatMap((m) => (m.type === 'update' ? [m.update] : []));
    expect(updates.length).toBeGreaterThan(4);
    let lastT = -1;
    let full = 0;
    for (const u of updates) {
      if (u.samples.length === 0) continue;
      const ts = u.samples.map((x) => x.t);
      const newest = ts.at(-1) as number;
      // The newest hour (or all since the last update), in order, as the unskipped run built them.
      expect(ts).toEqual(Array.from({ length: Math.min(3600, newest - lastT) }, (_, i) => newest - ts.length + 1 + i));
      expect(JSON.parse(JSON.stringify(u.samples))).toEqual(ts.map((t) => series[t]));
      if (ts.length === 3600) {
        full++;
        expect(u.logs).toHaveLength(400);
      }
      if (u.environmentEvents?.length === 4000 && (u.traces?.length ?? 0) === 4000) full++;
      lastT = newest;
    }
    expect(lastT).toBe(seconds - 1);
    expect(full).toBeGreaterThan(updates.length);

    // Paused in the middle of a skip, the run first records the newest hour again.
    const from = c.received.length;
    c.send({ v: 1, type: 'start', runId: 6, scenario: s, compiled, options: { speed: Infinity } });
    await c.until((m) => c.received.indexOf(m) > from + 2 && m.type === 'update' && m.update.status === 'running');
    // A few chunks into the next update's stretch, where its seconds are being skipped.
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    c.send({ v: 1, type: 'pause', runId: 6 });
    const paused = await c.until((m) => c.received.indexOf(m) > from && m.type === 'update' && m.update.status === 'paused');
    if (paused.type !== 'update') throw new Error('unreachable');
    const ts = paused.update.samples.map((x) => x.t);
    const before = c.received.slice(from, c.received.indexOf(paused)).flatMap((m) => (m.type === 'update' ? m.update.samples.map((x) => x.t) : []));
    expect(Math.floor(paused.update.nowMs / 1000) - 1 - (before.at(-1) as number)).toBeGreaterThan(3600);
    expect(ts).toHaveLength(3600);
    expect(ts.at(-1)).toBe(Math.floor(paused.update.nowMs / 1000) - 1);
    expect(JSON.parse(JSON.stringify(paused.update.samples))).toEqual(ts.map((t) => series[t]));
    expect(paused.update.environmentEvents).toHaveLength(4000);
    expect(paused.update.traces).toHaveLength(4000);
    expect(paused.update.logs).toHaveLength(400);
    c.send({ v: 1, type: 'stop', runId: 6 });
  }, 120_000);

  it('answers pings and stops a paced run on request', async () => {
    const s = scenario(HANDLER, 3600);
    const c = connect();
    c.send({ v: 1, type: 'ping', seq: 7 });
    expect(await c.until((m) => m.type === 'pong')).toEqual({ v: 1, type: 'pong', seq: 7 });
    c.send({ v: 1, type: 'start', runId: 2, scenario: s, compiled: await compile(s), options: { speed: 100 } });
    await new Promise((r) => setTimeout(r, 150));
    c.send({ v: 1, type: 'pause', runId: 2 });
    const paused = await c.until((m) => m.type === 'update' && m.update.status === 'paused');
    if (paused.type !== 'update') throw new Error('unreachable');
    // 150 ms of wall time at 100x is about 15 s of virtual time (more on a loaded machine),
    // nowhere near the hour an unpaced run would reach at once
    expect(paused.update.nowMs).toBeGreaterThan(1_000);
    expect(paused.update.nowMs).toBeLessThan(1_800_000);
    c.send({ v: 1, type: 'stop', runId: 2 });
    const stopped = await c.until((m) => m.type === 'update' && m.update.status === 'stopped');
    if (stopped.type !== 'update') throw new Error('unreachable');
    expect(stopped.update.report?.functions.hello.Invocations).toBeGreaterThan(0);
  });

  it('steps a paused run one second at a time, each step answered by a paused update with that second', async () => {
    const s = scenario(HANDLER, 3600);
    const c = connect();
    c.send({ v: 1, type: 'start', runId: 4, scenario: s, compiled: await compile(s), options: { speed: 0.1 } });
    c.send({ v: 1, type: 'pause', runId: 4 });
    const paused = await c.until((m) => m.type === 'update' && m.update.status === 'paused');
    if (paused.type !== 'update') throw new Error('unreachable');
    const from = paused.update.nowMs;
    const count = c.received.length;
    c.send({ v: 1, type: 'step', runId: 4, ms: 1000 });
    const stepped = await c.until((m) => c.received.indexOf(m) >= count && m.type === 'update' && m.update.status === 'paused');
    if (stepped.type !== 'update') throw new Error('unreachable');
    expect(stepped.update.nowMs).toBe(from + 1000);
    const seconds = c.received.flatMap((m) => (m.type === 'update' ? m.update.samples.map((x) => x.t) : []));
    expect(seconds).toContain(Math.floor(from / 1000));
    // Paused again: nothing moves without another step.
    await new Promise((r) => setTimeout(r, 100));
    expect(c.received.filter((m) => m.type === 'update').at(-1)).toMatchObject({ update: { status: 'paused', nowMs: from + 1000 } });
    c.send({ v: 1, type: 'stop', runId: 4 });
    await c.until((m) => m.type === 'update' && m.update.status === 'stopped');
  });

  it('keeps the test-invoke environment warm for the same code', async () => {
    const s = scenario(HANDLER);
    const compiled = await compile(s);
    const c = connect();
    const ask = (callId: number) => c.send({ v: 1, type: 'testInvoke', callId, codeKey: 'k1', scenario: s, compiled, functionId: 'hello', event: {} });
    ask(1);
    const first = await c.until((m) => m.type === 'testResult' && m.callId === 1);
    ask(2);
    const second = await c.until((m) => m.type === 'testResult' && m.callId === 2);
    if (first.type !== 'testResult' || second.type !== 'testResult') throw new Error('unreachable');
    expect(first.result).toMatchObject({ statusCode: 200, payload: { n: 1 } });
    expect(first.result.initDurationMs).toBeGreaterThan(0);
    expect(second.result).toMatchObject({ statusCode: 200, payload: { n: 2 } });
    expect(second.result.initDurationMs).toBeUndefined();
  });
});
