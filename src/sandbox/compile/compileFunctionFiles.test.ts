import { describe, expect, it } from 'vitest';
import * as native from 'esbuild';
import * as wasm from 'esbuild-wasm';
import { compileFunctionCode, compileFile } from './compileFunctionFiles';
import { instrumentLoops } from './instrumentLoops';
import { hoistAsyncGenerators } from './hoistAsyncGenerators';
import { rewriteTopLevelAwait } from './rewriteTopLevelAwait';

const HANDLER = `import { helper } from './lib/helper.mjs';
export const handler = async (event, context) => {
  for (const r of event.Records ?? []) await helper(r);
  let i = 0;
  while (i < 3) i++;
  do { i--; } while (i > 0);
  return { ok: true };
};`;

describe('compileFile', () => {
  it('lowers async/await to generators driven by __async and strips esbuild\'s own helper', async () => {
    const file = await compileFile('index.mjs', HANDLER, native.transform);
    expect(file.kind).toBe('js');
    if (file.kind !== 'js') return;
    expect(file.isEsm).toBe(true);
    expect(file.body.startsWith('"use strict";')).toBe(true);
    expect(file.body).not.toMatch(/\basync\b|\bawait\b/);
    expect(file.body).toContain('__async(null, [event, context], __lp_g0_handler || (__lp_g0_handler = function* (event, context) {');
    expect(file.body).toMatch(/\nvar __lp_g0_handler;\n$/);
    expect(file.body).not.toMatch(/var __async = /);
    expect(file.body.match(/__lp_chk\(\)/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps CommonJS files as they are (not strict)', async () => {
    const file = await compileFile('index.js', 'exports.handler = function (e, c, cb) { cb(null, 1); };', native.transform);
    expect(file).toMatchObject({ kind: 'js', isEsm: false, hasTopLevelAwait: false });
  });

  it('returns a structured UserCodeSyntaxError with location', async () => {
    const file = await compileFile('src/index.ts', 'export const handler = async () => {\n  return 1 +;\n};', native.transform);
    expect(file).toMatchObject({
      kind: 'error',
      problem: { errorType: 'Runtime.UserCodeSyntaxError', file: 'src/index.ts', line: 2, lineText: '  return 1 +;' },
    });
    if (file.kind === 'error') expect(file.problem.message).toMatch(/^SyntaxError: Unexpected ";"/);
  });

  it('compiles top-level await through the async-body rewrite', async () => {
    const file = await compileFile('index.mjs', 'const v = await Promise.resolve(5);\nexport const handler = async () => v;\nexport default v;', native.transform);
    expect(file).toMatchObject({ kind: 'js', hasTopLevelAwait: true });
  });

  it('produces identical output with native esbuild and esbuild-wasm', async () => {
    await wasm.initialize({});
    const files = { 'index.mjs': HANDLER, 'lib/helper.mjs': 'export const helper = async (r) => r;', 'types.ts': 'export interface A { x: number }\nexport const a: A = { x: 1 };' };
    const fromNative = await compileFunctionCode(files, [], native.transform);
    const fromWasm = await compileFunctionCode(files, [], wasm.transform);
    expect(Object.keys(fromNative)).toEqual(['/var/task/index.mjs', '/var/task/lib/helper.mjs', '/var/task/types.ts']);
    expect(fromWasm).toEqual(fromNative);
  });
});

describe('instrumentLoops', () => {
  it('adds a check at the start of every loop body, bracing single statements', () => {
    const out = instrumentLoops('for (;;) x(); while (a) { y(); } do z(); while (b); for (const k in o) for (const v of k) w();');
    expect(out).toBe(
      'for (;;) {__lp_chk();x();} while (a) {__lp_chk(); y(); } do {__lp_chk();z();} while (b); for (const k in o) {__lp_chk();for (const v of k) {__lp_chk();w();}}',
    );
  });
});

describe('hoistAsyncGenerators', () => {
  it('only hoists module-scope async functions with simple parameters', () => {
    const code = [
      'const a = (x) => __async(null, null, function* () { return x; });',
      'function b(y) { return __async(this, null, function* () { return y; }); }',
      'const c = ({ z }) => __async(null, null, function* () { return z; });',
      'function outer() { const d = () => __async(null, null, function* () { return 1; }); return d; }',
    ].join('\n');
    const out = hoistAsyncGenerators(code);
    expect(out).toContain('const a = (x) => __async(null, [x], __lp_g0_a || (__lp_g0_a = function* (x) { return x; }));');
    expect(out).toContain('function b(y) { return __async(this, [y], __lp_g1_b || (__lp_g1_b = function* (y) { return y; })); }');
    expect(out).toContain('const c = ({ z }) => __async(null, null, function* ()');
    expect(out).toContain('const d = () => __async(null, null, function* ()');
    expect(out.split('\n').length).toBe(code.split('\n').length + 2);
  });
});

describe('rewriteTopLevelAwait', () => {
  it('moves the body into an async arrow and exports its bindings at the end', () => {
    const out = rewriteTopLevelAwait("import x from 'y';\nexport const a = await x();\nexport function f() { return a; }\nexport default 3;");
    expect(out).toBe(
      [
        "import x from 'y';",
        'let __lp_x0, __lp_x1, __lp_x2;',
        'export { __lp_x0 as a, __lp_x1 as f, __lp_x2 as default };',
        '__lp_tla((async () => {',
        'const a = await x();',
        'function f() { return a; }',
        'const __lp_default = (3);',
        '__lp_x0 = a; __lp_x1 = f; __lp_x2 = __lp_default;',
        '})());',
      ].join('\n'),
    );
  });
});
