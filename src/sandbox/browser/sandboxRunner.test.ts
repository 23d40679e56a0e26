import { afterEach, describe, expect, it } from 'vitest';
import { transform } from 'esbuild';
import { createSimulation } from '../../engine/createSimulation';
import type { Scenario } from '../../engine/scenarioTypes';
import { createScenarioCompiler } from '../compile/compileScenario';
import type { Runner, RunUpdate } from '../runner';
import { createSandboxRunner, type SandboxPort } from './sandboxRunner';
import { startSandboxServer, type PortLike } from './worker/sandboxServer';

const HANDLER = "let n = 0; export const handler = async () => { n++; await new Promise((r) => setTimeout(r, 20)); return { n }; };";

function scenario(durationSeconds = 10): Scenario {
  return {
    version: 1,
    name: 'runner test',
    seed: 1,
    durationSeconds,
    cpu: 'ignored',
    nodes: [
      { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'constant', ratePerSecond: 2 } },
      { id: 'hello', kind: 'function', name: 'hello', files: { 'index.mjs': HANDLER } },
    ],
    edges: [{ id: 'e1', from: 'users', to: 'hello', kind: 'invoke' }],
  };
}

/** An in-process "sandbox": the real worker server on the other end of a MessageChannel. */
function inProcessConnect(serve: (port: PortLike) => void) {
  let connections = 0;
  const connect = async () => {
    connections++;
    const channel = new MessageChannel();
    serve(channel.port2 as unknown as PortLike);
    return {
      port: channel.port1 as unknown as SandboxPort,
      destroy: () => {
        channel.port1.close();
        channel.port2.close();
      },
    };
  };
  return { connect, connections: () => connections };
}

const realServer = (port: PortLike) =>
  startSandboxServer(port, {
    createSimulation,
    realNow: () => performance.now(),
    soon: (fn) => setImmediate(fn),
    later: (fn, ms) => setTimeout(fn, ms),
  });

const compile = createScenarioCompiler(transform);
let runner: Runner | null = null;
afterEach(() => runner?.dispose());

function collect(r: Runner, s: Scenario, speed = Infinity) {
  const updates: RunUpdate[] = [];
  const finished = new Promise<RunUpdate>((resolve) =>
    r.start(s, { speed }, (u) => {
      updates.push(u);
      if (u.status === 'done' || u.status === 'stopped' || u.status === 'error') resolve(u);
    }),
  );
  return { updates, finished };
}

describe('sandbox runner', () => {
  it('runs a scenario end to end through the protocol', async () => {
    runner = createSandboxRunner({ connect: inProcessConnect(realServer).connect, compile });
    const { updates, finished } = collect(runner, scenario());
    const last = await finished;
    expect(updates[0].status).toBe('starting');
    expect(last.status).toBe('done');
    expect(last.report?.functions.hello.Invocations).toBe(20);
  });

  it('test invokes hit a warm environment', async () => {
    runner = createSandboxRunner({ connect: inProcessConnect(realServer).connect, compile });
    const s = scenario();
    const first = await runner.testInvoke(s, 'hello', {});
    const second = await runner.testInvoke(s, 'hello', {});
    expect(first.payload).toEqual({ n: 1 });
    expect(second.payload).toEqual({ n: 2 });
    expect(second.initDurationMs).toBeUndefined();
  });

  it('fails the run with a readable error when the sandbox sends garbage', async () => {
    const hostile = (port: PortLike) => {
      port.onmessage = () => port.postMessage({ v: 1, type: 'update', runId: 1, update: { status: 'running', nowMs: 'soon' } });
    };
    runner = createSandboxRunner({ connect: inProcessConnect(hostile).connect, compile });
    const last = await collect(runner, scenario()).finished;
    expect(last.status).toBe('error');
    expect(last.error).toMatch(/^The sandbox sent an invalid message \(update\.nowMs: /);
  });

  it('replaces a sandbox that stops answering heartbeats', async () => {
    const silent = (port: PortLike) => {
      port.onmessage = () => undefined; // accepts the run, never answers: a stuck worker
    };
    const conn = inProcessConnect(silent);
    runner = createSandboxRunner({ connect: conn.connect, compile, heartbeatMs: 20, watchdogMs: 100 });
    const last = await collect(runner, scenario()).finished;
    expect(last.status).toBe('error');
    expect(last.error).toMatch(/stopped responding/);
    expect(conn.connections()).toBe(1);
    void collect(runner, scenario());
    await new Promise((r) => setTimeout(r, 50));
    expect(conn.connections()).toBe(2);
  });

  it('quietly replaces an idle sandbox that went silent', async () => {
    let answer = true;
    const flaky = (port: PortLike) => {
      realServer(port);
      const serve = port.onmessage;
      port.onmessage = (event) => {
        if (answer) serve?.(event);
      };
    };
    const conn = inProcessConnect(flaky);
    runner = createSandboxRunner({ connect: conn.connect, compile, heartbeatMs: 20, watchdogMs: 100 });
    const s = scenario();
    expect((await runner.testInvoke(s, 'hello', {})).payload).toEqual({ n: 1 });
    answer = false; // the worker died (e.g. user code called close())
    await new Promise((r) => setTimeout(r, 250));
    answer = true;
    expect((await runner.testInvoke(s, 'hello', {})).payload).toEqual({ n: 1 });
    expect(conn.connections()).toBe(2);
  });

  it('stop ends a paced run with a stopped update carrying the report', async () => {
    runner = createSandboxRunner({ connect: inProcessConnect(realServer).connect, compile });
    const { finished } = collect(runner, scenario(3600), 50);
    await new Promise((r) => setTimeout(r, 200));
    runner.stop();
    const last = await finished;
    expect(last.status).toBe('stopped');
    expect(last.report?.functions.hello.Invocations).toBeGreaterThan(0);
  });
});

describe('sandbox runner network policy', () => {
  it('creates the sandbox with the run grant and replaces it only when the policy changes', async () => {
    const grants: string[] = [];
    const inner = inProcessConnect(realServer);
    runner = createSandboxRunner({
      connect: (grant) => {
        grants.push(grant ? JSON.stringify(grant) : 'none');
        return inner.connect();
      },
      compile,
    });
    const s = scenario(1);
    const run = (network?: Parameters<Runner['start']>[1]['network']) =>
      new Promise<RunUpdate>((resolve) =>
        (runner as Runner).start(s, { speed: Infinity, ...(network ? { network } : {}) }, (u) => {
          if (u.status === 'done' || u.status === 'error') resolve(u);
        }),
      );
    expect((await run()).status).toBe('done');
    expect((await run({ kind: 'off', why: 'declined' })).status).toBe('done'); // still "no network": same sandbox
    expect((await run({ kind: 'on', hosts: ['api.example.com'] })).status).toBe('done');
    expect((await run()).status).toBe('done');
    expect(grants).toEqual(['none', JSON.stringify({ kind: 'on', hosts: ['api.example.com'] }), 'none']);
  });
});
