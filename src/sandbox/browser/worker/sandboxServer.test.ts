import { describe, expect, it } from 'vitest';
import { transform } from 'esbuild';
import { createSimulation } from '../../../engine/createSimulation';
import type { Scenario } from '../../../engine/scenarioTypes';
import { compileFunctionCode } from '../../compile/compileFunctionFiles';
import type { CompiledScenario, FromSandbox, ToSandbox } from '../protocol';
import { parseFromSandbox } from '../parseFromSandbox';
import { startSandboxServer, type PortLike } from './sandboxServer';

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

function connect() {
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
    createSimulation,
    realNow: () => performance.now(),
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
