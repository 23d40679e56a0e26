import { describe, expect, it } from 'vitest';
import { createNodeHost } from './createNodeHost';
import { TestDriver, testSpec } from '../testing/testDriver';
import type { EnvironmentSpec } from '../../engine/handlerHost';

const host = await createNodeHost();

function ready(files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): TestDriver {
  const d = new TestDriver(host, testSpec(files, overrides));
  expect(d.init()).toEqual({ ok: true });
  return d;
}

describe('timeouts', () => {
  it('times out a promise still waiting on a timer at the deadline (engine abort)', () => {
    const d = ready({ 'index.mjs': 'export const handler = () => new Promise(() => { setTimeout(() => {}, 60_000); });' });
    expect(d.invoke()).toMatchObject({ ok: false, status: 'timeout', atMs: 3000 });
  });

  it('answers null at once when the handler promise can never settle and the event loop is empty', () => {
    const d = ready({ 'index.mjs': 'export const handler = () => new Promise(() => {});' });
    expect(d.invoke()).toMatchObject({ ok: true, payload: null, atMs: 0 });
  });

  it('interrupts while(true){} and reports Sandbox.Timedout at the deadline; the environment is dead', () => {
    const d = ready({
      'index.mjs': `export const handler = async () => {
        try { while (true) {} } catch (e) { /* a timeout cannot be swallowed */ }
        for (;;) ;
      };`,
    });
    const out = d.invoke();
    expect(out).toMatchObject({
      ok: false,
      status: 'timeout',
      atMs: 3000,
      error: { errorType: 'Sandbox.Timedout', errorMessage: 'RequestId: req-1 Error: Task timed out after 3.00 seconds' },
    });
    const again = d.invoke();
    expect(again).toMatchObject({ ok: false, status: 'crash' });
  });

  it('interrupts a loop that catches the timeout and keeps going in a new loop (measured mode)', () => {
    const d = ready(
      {
        'index.mjs': `export const handler = async () => {
          let n = 0;
          do { try { while (true) n++; } catch {} } while (true);
        };`,
      },
      { cpu: 'measured', cpuScale: 1000, timeoutMs: 1000 },
    );
    const startMs = d.nowMs; // init itself burned measured CPU
    expect(d.invoke()).toMatchObject({ ok: false, status: 'timeout', atMs: startMs + 1000 });
  });

  it('interrupts endless promise-job and setImmediate chains', () => {
    const jobs = ready({ 'index.mjs': 'async function f() { await null; return f(); } export const handler = () => f();' });
    expect(jobs.invoke()).toMatchObject({ ok: false, status: 'timeout', atMs: 3000 });
    const immediates = ready({ 'index.js': 'exports.handler = async () => { const spin = () => setImmediate(spin); spin(); await new Promise(() => setTimeout(() => {}, 1e6)); };' });
    expect(immediates.invoke()).toMatchObject({ ok: false, status: 'timeout', atMs: 3000 });
  });

  it('a new environment after a timeout starts clean', () => {
    const files = { 'index.mjs': 'let calls = 0; export const handler = async (e) => { calls++; if (e.spin) while (true) {} return calls; };' };
    const first = ready(files);
    expect(first.invoke({})).toMatchObject({ payload: 1 });
    expect(first.invoke({ spin: true })).toMatchObject({ status: 'timeout' });
    const second = ready(files);
    expect(second.invoke({})).toMatchObject({ ok: true, payload: 1 });
  });
});

describe('module state', () => {
  const counter = {
    'index.mjs': `import { bump } from './lib/counter.mjs';
      let local = 0;
      export const handler = async () => ({ local: ++local, shared: bump() });`,
    'lib/counter.mjs': 'let n = 0; export function bump() { return ++n; }',
  };

  it('persists across warm invokes of one environment and is separate between environments', () => {
    const a = ready(counter);
    const b = ready(counter);
    expect(a.invoke()).toMatchObject({ payload: { local: 1, shared: 1 } });
    expect(a.invoke()).toMatchObject({ payload: { local: 2, shared: 2 } });
    expect(b.invoke()).toMatchObject({ payload: { local: 1, shared: 1 } });
    expect(a.invoke()).toMatchObject({ payload: { local: 3, shared: 3 } });
  });

  it('keeps globalThis writes per environment', () => {
    const files = { 'index.js': 'exports.handler = async () => { globalThis.hits = (globalThis.hits || 0) + 1; return globalThis.hits; };' };
    const a = ready(files);
    const b = ready(files);
    a.invoke();
    expect(a.invoke()).toMatchObject({ payload: 2 });
    expect(b.invoke()).toMatchObject({ payload: 1 });
  });

  it('loads dynamic import() through the environment\'s own modules', () => {
    const d = ready({
      'index.mjs': `export const handler = async () => {
        const esm = await import('./lib/value.mjs');
        const cjs = await import('./lib/legacy.cjs');
        const missing = await import('left-pad').catch((e) => e.message.split('\\n')[0]);
        return [esm.value, cjs.default.hello, cjs.hello, missing];
      };`,
      'lib/value.mjs': 'export const value = 42;',
      'lib/legacy.cjs': "module.exports = { hello: 'world' };",
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: [42, 'world', 'world', "Cannot find module 'left-pad'"] });
  });

  it('requires JSON files and layer modules from /opt/nodejs/node_modules', () => {
    const d = ready(
      {
        'index.js': "const cfg = require('./config.json'); const { greet } = require('greeter'); exports.handler = async () => greet(cfg.name);",
        'config.json': '{"name":"Ada"}',
      },
      { layers: [{ 'nodejs/node_modules/greeter/index.js': 'exports.greet = (n) => `hello ${n}`;' }] },
    );
    expect(d.invoke()).toMatchObject({ payload: 'hello Ada' });
  });
});

describe('co-simulation', () => {
  it('drains a 200-level async chain in one call', () => {
    const d = ready({
      'index.mjs': `async function level(n) { if (n === 0) return 0; const v = await level(n - 1); await null; return v + 1; }
        export const handler = async () => level(200);`,
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: 200, atMs: 0 });
    expect(d.wakeRequests).toBe(0);
  });

  it('advances virtual time with setTimeout, Date and performance.now', () => {
    const d = ready({
      'index.mjs': `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
        export const handler = async () => {
          const t0 = Date.now(); const p0 = performance.now();
          await sleep(250);
          await sleep(50);
          return { waited: Date.now() - t0, perf: performance.now() - p0, iso: new Date().toISOString() };
        };`,
    });
    d.advance(1000);
    expect(d.invoke()).toMatchObject({ ok: true, atMs: 1300, payload: { waited: 300, perf: 300, iso: '2026-01-01T00:00:01.300Z' } });
  });

  it('runs setInterval, clearInterval and setImmediate in virtual time', () => {
    const d = ready({
      'index.mjs': `export const handler = () => new Promise((resolve) => {
          const ticks = [];
          setImmediate(() => ticks.push('immediate@' + performance.now()));
          const id = setInterval(() => { ticks.push(performance.now()); if (ticks.length === 4) { clearInterval(id); resolve(ticks); } }, 100);
        });`,
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: ['immediate@0', 100, 200, 300] });
  });

  it('freezes timers after the response and runs the overdue ones first at the next invoke', () => {
    const d = ready({
      'index.mjs': `let n = 0;
        export const handler = async () => {
          n++;
          setTimeout(() => console.log('background from invoke', n), 100);
          console.log('handler', n);
          return n;
        };`,
    });
    d.invoke();
    d.advance(5000);
    d.invoke();
    expect(d.logs.map((l) => `${l.atMs} ${l.message}`)).toEqual(['0 handler 1', '5000 background from invoke 1', '5000 handler 2']);
  });

  it('seeds Math.random and crypto.randomUUID per environment', () => {
    const files = { 'index.mjs': "import { randomUUID } from 'node:crypto'; export const handler = async () => [Math.random(), randomUUID(), crypto.randomUUID()];" };
    const a = ready(files, { seed: 7 }).invoke();
    const b = ready(files, { seed: 7 }).invoke();
    const c = ready(files, { seed: 8 }).invoke();
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.payload).toEqual(b.payload);
      expect(a.payload).not.toEqual(c.payload);
      expect((a.payload as string[])[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('waits for top-level await before init completes', () => {
    const d = new TestDriver(
      host,
      testSpec({
        'index.mjs': `const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
          await sleep(400);
          const config = { loadedAt: Date.now() - 1767225600000 };
          export const handler = async () => config;`,
      }),
    );
    expect(d.init()).toEqual({ ok: true });
    expect(d.nowMs).toBe(400);
    expect(d.invoke()).toMatchObject({ payload: { loadedAt: 400 } });
  });

  it('measured CPU advances the clock by real time x cpuScale', () => {
    const d = ready(
      { 'index.mjs': 'export const handler = async () => { const t = Date.now(); let x = 0; for (let i = 0; i < 1e6; i++) x += i; return Date.now() - t; };' },
      // A generous timeout: on a loaded machine the real loop time varies a lot.
      { cpu: 'measured', cpuScale: 10, timeoutMs: 900_000 },
    );
    const out = d.invoke();
    expect(out.ok).toBe(true);
    expect(out.atMs).toBeGreaterThan(0);
    if (out.ok) expect(out.payload as number).toBeGreaterThan(0);
  });
});

describe('context, env and logs', () => {
  it('provides the Lambda context and reserved environment variables', () => {
    const d = ready(
      {
        'index.mjs': `export const handler = async (event, context) => ({
          name: context.functionName, version: context.functionVersion, mem: context.memoryLimitInMB,
          id: context.awsRequestId, group: context.logGroupName, stream: context.logStreamName,
          remaining: context.getRemainingTimeInMillis(), arn: context.invokedFunctionArn,
          env: [process.env.AWS_LAMBDA_FUNCTION_NAME, process.env.AWS_REGION, process.env.AWS_EXECUTION_ENV, process.env._HANDLER, process.env.TZ, process.env.STAGE],
        });`,
      },
      { environment: { STAGE: 'dev' } },
    );
    expect(d.invoke()).toMatchObject({
      payload: {
        name: 'my-function',
        version: '$LATEST',
        mem: '128',
        id: 'req-1',
        group: '/aws/lambda/my-function',
        stream: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
        remaining: 3000,
        arn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
        env: ['my-function', 'us-east-1', 'AWS_Lambda_nodejs22.x', 'index.handler', ':UTC', 'dev'],
      },
    });
  });

  it('captures console levels with util.format formatting', () => {
    const d = ready({
      'index.mjs': `export const handler = async () => {
        console.log('a %s b %d c %j', 'x', 42, { k: [1, 2] });
        console.info({ nested: { deep: { deeper: { deepest: 1 } } }, list: [1, 'two'] });
        console.warn('warned', 3, null, undefined);
        console.error(new Error('bad').message);
        console.debug('dbg');
      };`,
    });
    d.invoke();
    expect(d.logs.map((l) => [l.level, l.message])).toEqual([
      ['INFO', 'a x b 42 c {"k":[1,2]}'],
      ['INFO', "{ nested: { deep: { deeper: [Object] } }, list: [ 1, 'two' ] }"],
      ['WARN', 'warned 3 null undefined'],
      ['ERROR', 'bad'],
      ['DEBUG', 'dbg'],
    ]);
  });
});
