import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenarioTypes';
import type { SecondSample, LogRecord } from '../engine/reportTypes';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { LOG_CAP } from './appState';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';
import { hasPendingEdits } from './hasPendingEdits';

function setup(initialScenario: Scenario = helloColdStarts) {
  const runner = createFakeRunner();
  const store = createAppStore({ createRunner: () => runner, parseScenario, initialScenario });
  return { store, runner, s: () => store.getState() };
}

function second(
  t: number,
  fn: string,
  counts: Partial<SecondSample['functions'][string]> = {},
): SecondSample {
  return {
    t,
    queues: {},
    functions: {
      [fn]: {
        Invocations: 0,
        Errors: 0,
        Throttles: 0,
        Retries: 0,
        ColdStarts: 0,
        ConcurrentExecutions: 0,
        Environments: 0,
        AsyncEventsReceived: 0,
        AsyncEventsDropped: 0,
        ...counts,
      },
    },
  };
}

function log(i: number): LogRecord {
  return {
    tMs: i,
    functionId: 'hello',
    logGroup: '/aws/lambda/hello',
    logStream: 's',
    envId: 1,
    requestId: null,
    level: 'INFO',
    line: `line ${i}`,
  };
}

describe('app store: running', () => {
  it('starts with the default scenario and its function focused', () => {
    const { s } = setup();
    expect(s().scenario.name).toBe('Hello, cold starts');
    expect(s().focusedFunctionId).toBe('hello');
    expect(s().run.status).toBe('idle');
  });

  it('validates before running and shows errors instead of starting', () => {
    const { s, runner } = setup();
    s().updateNode('hello', { memoryMB: 5 } as never);
    s().start();
    expect(runner.calls).not.toContain('start');
    expect(s().validationErrors.length).toBeGreaterThan(0);
    expect(s().validationErrors[0].path).toContain('memoryMB');
  });

  it('accumulates samples, totals and logs from runner updates', () => {
    const { s, runner } = setup();
    s().start();
    expect(runner.calls).toEqual(['start']);
    expect(s().run.status).toBe('starting');
    runner.emit({
      nowMs: 1500,
      samples: [second(0, 'hello', { Invocations: 4, ColdStarts: 1, ConcurrentExecutions: 1 })],
      logs: [log(1)],
    });
    runner.emit({
      nowMs: 2500,
      samples: [second(1, 'hello', { Invocations: 6, Throttles: 2, ConcurrentExecutions: 3 })],
      logs: [log(2)],
    });
    expect(s().run.status).toBe('running');
    expect(s().run.nowMs).toBe(2500);
    expect(s().samples.map((x) => x.t)).toEqual([0, 1]);
    expect(s().totals.hello).toEqual({
      Invocations: 10,
      Errors: 0,
      Throttles: 2,
      ColdStarts: 1,
      maxConcurrentExecutions: 3,
    });
    expect(s().logs.map((l) => l.line)).toEqual(['line 1', 'line 2']);
  });

  it('takes the final totals from the report when the run ends', () => {
    const { s, runner } = setup();
    s().start();
    runner.emit({ samples: [second(0, 'hello', { Invocations: 4 })] });
    const fn = {
      Invocations: 7,
      Errors: 1,
      Throttles: 0,
      ColdStarts: 2,
      ConcurrentExecutions: { max: 2, avg: 1 },
    };
    runner.emit({ status: 'done', report: { functions: { hello: fn } } as never });
    expect(s().run.status).toBe('done');
    expect(s().totals.hello).toEqual({
      Invocations: 7,
      Errors: 1,
      Throttles: 0,
      ColdStarts: 2,
      maxConcurrentExecutions: 2,
    });
  });

  it('bounds the log ring', () => {
    const { s, runner } = setup();
    s().start();
    const many = Array.from({ length: LOG_CAP + 10 }, (_, i) => log(i));
    runner.emit({ logs: many.slice(0, 100) });
    runner.emit({ logs: many.slice(100) });
    expect(s().logs.length).toBe(LOG_CAP);
    expect(s().logs.at(-1)?.line).toBe(`line ${LOG_CAP + 9}`);
    expect(s().logs[0].line).toBe('line 10');
  });

  it('pauses, resumes, and ignores updates after reset', () => {
    const { s, runner } = setup();
    s().start();
    runner.emit({ nowMs: 1000 });
    s().pause();
    expect(s().run.status).toBe('paused');
    runner.emit({ nowMs: 1100, status: 'running' });
    expect(s().run.status).toBe('paused');
    s().start();
    expect(s().run.status).toBe('running');
    s().reset();
    expect(runner.calls).toEqual(['start', 'pause', 'resume', 'stop']);
    runner.emit({ nowMs: 9000, samples: [second(8, 'hello', { Invocations: 1 })], status: 'stopped' });
    expect(s().run.status).toBe('idle');
    expect(s().run.nowMs).toBe(0);
    expect(s().samples).toEqual([]);
  });

  it('steps: from no run it starts one paused and steps it; paused, it steps; running, it does nothing', () => {
    const { s, runner } = setup();
    s().step();
    expect(s().run.status).toBe('paused');
    expect(runner.calls).toEqual(['start', 'pause', 'step:1000']);
    runner.emit({ nowMs: 1000, status: 'paused' });
    s().step(5000);
    expect(runner.calls.at(-1)).toBe('step:5000');
    expect(s().run.status).toBe('paused');
    s().resume();
    runner.emit({ nowMs: 7000, status: 'running' });
    s().step();
    expect(runner.calls.filter((c) => c.startsWith('step'))).toHaveLength(2);
  });

  it('does not step an invalid scenario', () => {
    const { s, runner } = setup();
    s().updateNode('hello', { memoryMB: 1 });
    s().step();
    expect(runner.calls).toEqual([]);
    expect(s().run.status).toBe('idle');
    expect(s().validationErrors.length).toBeGreaterThan(0);
  });

  it('tells when edits made during a run wait for the next run (moves do not count)', () => {
    const { s, runner } = setup();
    s().start();
    runner.emit({ nowMs: 1000 });
    expect(hasPendingEdits(s())).toBe(false);
    s().moveNode('hello', { x: 1, y: 2 });
    expect(hasPendingEdits(s())).toBe(false);
    s().updateNode('hello', { memoryMB: 256 });
    expect(hasPendingEdits(s())).toBe(true);
    s().reset();
    expect(hasPendingEdits(s())).toBe(false);
  });

  it('passes the speed to the run and to the runner later', () => {
    const { s, runner } = setup();
    s().setSpeed(10);
    s().start();
    expect(runner.started?.options.speed).toBe(10);
    s().setSpeed(Infinity);
    expect(runner.calls).toContain('setSpeed:Infinity');
  });

  it('reports a runner failure as an error status', () => {
    const { s, runner } = setup();
    s().start();
    runner.emit({ status: 'error', error: 'worker crashed' });
    expect(s().run.status).toBe('error');
    expect(s().run.error).toBe('worker crashed');
  });
});

describe('app store: test invoke', () => {
  it('invokes with the parsed event and stores the result', async () => {
    const { s, runner } = setup();
    s().setTestEvent('hello', '{"a": 1}');
    await s().testInvoke('hello');
    expect(runner.calls).toContain('testInvoke:hello');
    expect(s().test.status).toBe('done');
    expect(s().test.result?.reportLine).toContain('REPORT');
  });

  it('refuses invalid JSON with a readable error', async () => {
    const { s, runner } = setup();
    s().setTestEvent('hello', '{"a": ');
    await s().testInvoke('hello');
    expect(runner.calls).toEqual([]);
    expect(s().test.status).toBe('error');
    expect(s().test.error).toMatch(/Event JSON/);
  });

  it('surfaces a runner rejection', async () => {
    const { s, runner } = setup();
    runner.nextTestResult = new Error('boom');
    await s().testInvoke('hello');
    expect(s().test.error).toBe('boom');
  });
});

describe('app store: editing', () => {
  it('adds, connects and removes nodes', () => {
    const { s } = setup();
    const fn = s().addFunction();
    expect(s().focusedFunctionId).toBe(fn);
    expect(s().connect('users', fn)).toBe(true);
    expect(s().scenario.edges.find((e) => e.to === fn)?.kind).toBe('invoke');
    expect(s().connect('users', fn)).toBe(false);
    expect(s().notice).toMatch(/already/);
    expect(s().connect(fn, 'users')).toBe(false);
    expect(s().notice).toMatch(/Cannot connect/);
    s().removeNode(fn);
    expect(s().scenario.edges.some((e) => e.to === fn)).toBe(false);
    expect(s().focusedFunctionId).toBe('hello');
    expect(parseScenario(s().scenario).ok).toBe(true);
  });

  it('a new client and function form a valid scenario', () => {
    const { s } = setup({ ...helloColdStarts, nodes: [], edges: [] });
    const client = s().addClient();
    const fn = s().addFunction();
    s().connect(client, fn);
    expect(parseScenario(s().scenario)).toMatchObject({ ok: true });
  });

  it('updates settings; undefined removes a field so its default applies', () => {
    const { s } = setup();
    s().updateNode('hello', { reservedConcurrency: 1, memoryMB: undefined } as never);
    const fn = s().scenario.nodes.find((n) => n.id === 'hello');
    expect(fn).toMatchObject({ reservedConcurrency: 1 });
    expect(fn && 'memoryMB' in fn).toBe(false);
  });

  it('edits files and traffic', () => {
    const { s } = setup();
    s().setFile('hello', 'index.mjs', 'export const handler = async () => 1;');
    s().setTraffic('users', { pattern: 'constant', ratePerSecond: 20 });
    const [client, fn] = s().scenario.nodes;
    expect(fn.kind === 'function' && fn.files['index.mjs']).toBe('export const handler = async () => 1;');
    expect(client.kind === 'client' && client.traffic).toEqual({ pattern: 'constant', ratePerSecond: 20 });
  });

  it('updates scenario settings; undefined restores the default', () => {
    const { s } = setup();
    s().updateScenario({ durationSeconds: 60, seed: 7 });
    expect(s().scenario).toMatchObject({ durationSeconds: 60, seed: 7 });
    s().updateScenario({ seed: undefined });
    expect('seed' in s().scenario).toBe(false);
    expect(s().scenario.nodes.length).toBe(2);
  });

  it('selecting a client keeps the focused function', () => {
    const { s } = setup();
    s().select('users');
    expect(s().selectedNodeId).toBe('users');
    expect(s().focusedFunctionId).toBe('hello');
    s().select('nope');
    expect(s().selectedNodeId).toBe(null);
  });
});
