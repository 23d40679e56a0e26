import { describe, expect, it } from 'vitest';
import { createNodeHost } from './createNodeHost';
import { TestDriver, testSpec } from '../testing/testDriver';
import type { EnvironmentSpec } from '../../engine/handlerHost';

const host = await createNodeHost();

function driver(files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): TestDriver {
  return new TestDriver(host, testSpec(files, overrides));
}

function ready(files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): TestDriver {
  const d = driver(files, overrides);
  expect(d.init()).toEqual({ ok: true });
  return d;
}

describe('handler forms', () => {
  it('runs an ESM async handler', () => {
    const d = ready({ 'index.mjs': 'export const handler = async (event) => ({ doubled: event.n * 2 });' });
    expect(d.invoke({ n: 21 })).toMatchObject({ ok: true, payload: { doubled: 42 } });
  });

  it('runs a CommonJS handler', () => {
    const d = ready({ 'index.js': 'exports.handler = async (event) => { return { got: event.x }; };' });
    expect(d.invoke({ x: 'y' })).toMatchObject({ ok: true, payload: { got: 'y' } });
  });

  it('runs a TypeScript handler and a module.exports handler under a folder', () => {
    const ts = ready({ 'index.ts': 'export const handler = async (e: { a: number }): Promise<number> => e.a + 1;' });
    expect(ts.invoke({ a: 1 })).toMatchObject({ ok: true, payload: 2 });
    const cjs = ready({ 'src/app.cjs': 'module.exports = { run: (e, c, cb) => cb(null, "cb " + e.v) };' }, { handler: 'src/app.run' });
    expect(cjs.invoke({ v: 1 })).toMatchObject({ ok: true, payload: 'cb 1' });
  });

  it('ignores a sync return value up to nodejs22.x (null once the event loop is empty) but uses it on nodejs24.x', () => {
    const files = { 'index.js': 'exports.handler = (event) => "sync " + event.v;' };
    expect(ready(files).invoke({ v: 1 })).toMatchObject({ ok: true, payload: null });
    expect(ready(files, { runtime: 'nodejs24.x' }).invoke({ v: 1 })).toMatchObject({ ok: true, payload: 'sync 1' });
  });

  it('lets top-level declarations shadow the sandbox globals (const crypto = require(\'crypto\'))', () => {
    const d = ready({
      'index.js': `const crypto = require('crypto');
        const { Buffer } = require('buffer');
        let console = globalThis.console;
        const process = globalThis.process;
        function setTimeout() { return 'mine'; }
        exports.handler = async () => [crypto.randomUUID().length, Buffer.from('a').length, typeof console.log, process.env.AWS_REGION, setTimeout()];`,
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: [36, 1, 'function', 'us-east-1', 'mine'] });
  });

  it('runs callback-style handlers and waits for the event loop to empty by default', () => {
    const d = ready({
      'index.js': `exports.handler = (event, context, callback) => {
        setTimeout(() => console.log('late'), 500);
        callback(null, { early: true });
      };`,
    });
    const out = d.invoke();
    expect(out).toMatchObject({ ok: true, payload: { early: true }, atMs: 500 });
    expect(d.logs.map((l) => l.message)).toEqual(['late']);
  });

  it('responds at once when callbackWaitsForEmptyEventLoop is false', () => {
    const d = ready({
      'index.js': `exports.handler = (event, context, callback) => {
        context.callbackWaitsForEmptyEventLoop = false;
        setTimeout(() => {}, 500);
        callback(null, 'now');
      };`,
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: 'now', atMs: 0 });
  });

  it('refuses callback handlers on nodejs24.x', () => {
    const d = driver({ 'index.js': 'exports.handler = (e, c, cb) => cb(null, 1);' }, { runtime: 'nodejs24.x' });
    const init = d.init();
    expect(init.ok).toBe(false);
    if (!init.ok) expect(init.error.errorMessage).toContain('callback-based function handlers');
  });

  it('returns null for an undefined result and JSON-normalises payloads', () => {
    const d = ready({ 'index.mjs': 'export const handler = async () => undefined;' });
    expect(d.invoke()).toMatchObject({ ok: true, payload: null });
    const e = ready({ 'index.mjs': 'export const handler = async () => ({ when: new Date(0), f() {} });' });
    expect(e.invoke()).toMatchObject({ ok: true, payload: { when: '1970-01-01T00:00:00.000Z' } });
  });
});

describe('errors', () => {
  it('maps thrown errors and rejections like Lambda', () => {
    const d = ready({
      'index.mjs': `class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
      export const handler = async (event) => {
        if (event.kind === 'throw') throw new ValidationError('bad input');
        if (event.kind === 'string') throw 'just a string';
        return Promise.reject(new TypeError('nope'));
      };`,
    });
    const thrown = d.invoke({ kind: 'throw' });
    expect(thrown).toMatchObject({ ok: false, status: 'error', error: { errorType: 'ValidationError', errorMessage: 'bad input' } });
    if (!thrown.ok) {
      expect(thrown.error.trace[0]).toBe('ValidationError: bad input');
      expect(thrown.error.trace.some((l) => l.includes('/var/task/index.mjs'))).toBe(true);
    }
    expect(d.invoke({ kind: 'string' })).toMatchObject({ ok: false, error: { errorType: 'string', errorMessage: 'just a string', trace: [] } });
    expect(d.invoke({ kind: 'reject' })).toMatchObject({ ok: false, error: { errorType: 'TypeError', errorMessage: 'nope' } });
  });

  it('points traces and logged stacks at source lines, not compiled ones', () => {
    const d = ready({
      'index.ts': [
        'type Event = { fail?: boolean };',
        'export const handler = async (event: Event) => {',
        "  if (event.fail) throw new Error('at line 3');",
        "  console.error(new Error('logged at line 4'));",
        '  return 1;',
        '};',
      ].join('\n'),
    });
    d.invoke({});
    expect(d.logs[0].message).toMatch(/\/var\/task\/index\.ts:4:\d+/);
    const out = d.invoke({ fail: true });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.trace[1]).toMatch(/^ {4}at handler \(\/var\/task\/index\.ts:3:\d+\)$/);
  });

  it('reports a syntax error at init as Runtime.UserCodeSyntaxError', () => {
    const init = driver({ 'index.mjs': 'export const handler = async () => { return 1 +; };' }).init();
    expect(init).toMatchObject({ ok: false, error: { errorType: 'Runtime.UserCodeSyntaxError' } });
    if (!init.ok) expect(init.error.errorMessage).toMatch(/^SyntaxError: /);
  });

  it('reports a missing export as Runtime.HandlerNotFound and a missing file as Runtime.ImportModuleError', () => {
    expect(driver({ 'index.mjs': 'export const other = 1;' }).init()).toMatchObject({
      ok: false,
      error: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' },
    });
    const missing = driver({ 'app.mjs': 'export const handler = 1;' }).init();
    expect(missing).toMatchObject({ ok: false, error: { errorType: 'Runtime.ImportModuleError' } });
    if (!missing.ok) expect(missing.error.errorMessage).toMatch(/^Error: Cannot find module 'index'/);
    expect(driver({ 'index.mjs': 'export const handler = 1;' }).init()).toMatchObject({
      ok: false,
      error: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is not a function' },
    });
    expect(driver({ 'index.mjs': '' }, { handler: 'index' }).init()).toMatchObject({
      ok: false,
      error: { errorType: 'Runtime.MalformedHandlerName', errorMessage: 'Bad handler' },
    });
  });

  it('names an unknown module in Runtime.ImportModuleError', () => {
    const init = driver({ 'index.mjs': "import x from 'left-pad'; export const handler = async () => x;" }).init();
    expect(init).toMatchObject({ ok: false, error: { errorType: 'Runtime.ImportModuleError' } });
    if (!init.ok) expect(init.error.errorMessage).toMatch(/^Error: Cannot find module 'left-pad'/);
  });

  it('reports an error thrown by top-level code at init', () => {
    expect(driver({ 'index.mjs': "throw new RangeError('config missing'); export const handler = 1;" }).init()).toMatchObject({
      ok: false,
      error: { errorType: 'RangeError', errorMessage: 'config missing' },
    });
  });

  it('crashes the environment on an unhandled rejection', () => {
    const d = ready({
      'index.mjs': `export const handler = async () => {
        Promise.reject(new Error('forgotten'));
        await new Promise((r) => setTimeout(r, 10));
        return 'unreached';
      };`,
    });
    expect(d.invoke()).toMatchObject({
      ok: false,
      status: 'crash',
      error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: forgotten' },
    });
  });

  it('crashes the environment on an exception thrown in a timer callback', () => {
    const d = ready({
      'index.mjs': `export const handler = () => new Promise(() => { setTimeout(() => { throw new Error('in timer'); }, 5); });`,
    });
    expect(d.invoke()).toMatchObject({ ok: false, status: 'crash', atMs: 5, error: { errorType: 'Error', errorMessage: 'in timer' } });
  });
});
