// User files -> CommonJS function bodies, instrumented for interruption. Pure apart from the
// injected esbuild transform (native in Node, esbuild-wasm in the browser: same version, same output).
import { hoistAsyncGenerators } from './hoistAsyncGenerators';
import { instrumentLoops } from './instrumentLoops';
import { rewriteDynamicImport } from './rewriteDynamicImport';
import { decodeLineMap } from './sourceLineMap';
import { rewriteTopLevelAwait } from './rewriteTopLevelAwait';
import type { CompiledFile, CompiledFiles, CompileProblem, TransformFn } from './compiledTypes';

/** Lowering async/await to generators is what lets the sandbox drain promise jobs synchronously. */
export const COMPILE_TARGET = 'es2016';

const CODE_EXTENSION = /\.(m|c)?(js|ts)$/;
const ESM_SYNTAX = /(^|[;\n}])\s*(import\s*[\w{*'"]|export\s+[\w{*]|export\s*\{)/;

const IMPORT_META = {
  'import.meta.url': '__lp_meta_url',
  'import.meta.filename': '__filename',
  'import.meta.dirname': '__dirname',
};

interface EsbuildMessage {
  text: string;
  location: { file: string; line: number; column: number; lineText: string } | null;
}

function problemFrom(error: unknown, file: string): CompileProblem {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  const first = Array.isArray(messages) ? messages[0] : undefined;
  if (first) {
    return {
      errorType: 'Runtime.UserCodeSyntaxError',
      message: `SyntaxError: ${first.text}`,
      file,
      line: first.location?.line ?? 0,
      column: first.location?.column ?? 0,
      lineText: first.location?.lineText ?? '',
    };
  }
  const acornLoc = (error as { loc?: { line: number; column: number } }).loc;
  return {
    errorType: 'Runtime.UserCodeSyntaxError',
    message: `SyntaxError: ${(error as Error).message ?? String(error)}`,
    file,
    line: acornLoc?.line ?? 0,
    column: acornLoc?.column ?? 0,
    lineText: '',
  };
}

function isTopLevelAwaitRefusal(error: unknown): boolean {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  return Array.isArray(messages) && messages.some((m) => /top-level await/i.test(m.text));
}

type TransformOptions = Parameters<TransformFn>[1];
type TransformReply = { code: string; map?: string } | { error: unknown };
type TransformStep = Generator<{ source: string; options: TransformOptions }, CompiledFile, TransformReply>;

/** The compile recipe as a generator of transform calls, so it runs with an async or a sync esbuild. */
function* compileSteps(path: string, source: string): TransformStep {
  if (path.endsWith('.json')) return { kind: 'json', source };
  const loader = /\.(m|c)?ts$/.test(path) ? 'ts' : 'js';
  const isEsm = /\.m(js|ts)$/.test(path) || (!/\.c(js|ts)$/.test(path) && ESM_SYNTAX.test(source));
  const options: TransformOptions = { loader, format: 'cjs', target: COMPILE_TARGET, sourcefile: path, define: IMPORT_META };
  let hasTopLevelAwait = false;
  let result = yield { source, options: { ...options, sourcemap: 'external' } };
  if ('error' in result) {
    if (!isTopLevelAwaitRefusal(result.error)) return { kind: 'error', problem: problemFrom(result.error, path) };
    const esm = yield { source, options: { ...options, format: 'esm', target: 'esnext' } };
    if ('error' in esm) return { kind: 'error', problem: problemFrom(esm.error, path) };
    let rewritten: string;
    try {
      rewritten = rewriteTopLevelAwait(esm.code);
    } catch (error) {
      return { kind: 'error', problem: problemFrom(error, path) };
    }
    result = yield { source: rewritten, options: { ...options, loader: 'js' } };
    if ('error' in result) return { kind: 'error', problem: problemFrom(result.error, path) };
    hasTopLevelAwait = true;
  }
  try {
    // Every pass keeps line numbers, so esbuild's map still holds for the body (the strict
    // directive shares line 1).
    const instrumented = instrumentLoops(hoistAsyncGenerators(rewriteDynamicImport(result.code)));
    const file: CompiledFile = { kind: 'js', body: (isEsm ? '"use strict";' : '') + instrumented, isEsm, hasTopLevelAwait };
    if (!hasTopLevelAwait && result.map) file.lineMap = decodeLineMap((JSON.parse(result.map) as { mappings: string }).mappings);
    return file;
  } catch (error) {
    return { kind: 'error', problem: problemFrom(error, path) };
  }
}

export async function compileFile(path: string, source: string, transform: TransformFn): Promise<CompiledFile> {
  const steps = compileSteps(path, source);
  let step = steps.next({ code: '' });
  while (!step.done) {
    let reply: TransformReply;
    try {
      const out = await transform(step.value.source, step.value.options);
      reply = { code: out.code, map: out.map };
    } catch (error) {
      reply = { error };
    }
    step = steps.next(reply);
  }
  return step.value;
}

/** esbuild's transformSync (Node only: esbuild-wasm has no sync API in browsers). */
export type TransformSyncFn = (code: string, options: TransformOptions) => { code: string; map?: string };

export function compileFileSync(path: string, source: string, transformSync: TransformSyncFn): CompiledFile {
  const steps = compileSteps(path, source);
  let step = steps.next({ code: '' });
  while (!step.done) {
    let reply: TransformReply;
    try {
      const out = transformSync(step.value.source, step.value.options);
      reply = { code: out.code, map: out.map };
    } catch (error) {
      reply = { error };
    }
    step = steps.next(reply);
  }
  return step.value;
}

function codePaths(files: Record<string, string>): string[] {
  return Object.keys(files).filter((p) => CODE_EXTENSION.test(p) || p.endsWith('.json'));
}

function absolute(root: string, path: string): string {
  return `${root}/${path.replace(/^\.?\/+/, '')}`;
}

/** Files keyed by their path under `root` ("/var/task" for function code, "/opt" for layers). */
export async function compileFunctionFiles(
  files: Record<string, string>,
  transform: TransformFn,
  root = '/var/task',
): Promise<CompiledFiles> {
  const out: CompiledFiles = {};
  const paths = codePaths(files);
  const compiled = await Promise.all(paths.map((p) => compileFile(p, files[p], transform)));
  paths.forEach((p, i) => {
    out[absolute(root, p)] = compiled[i];
  });
  return out;
}

/** Function code plus its layers, layers extracted to /opt in order (later ones overwrite). */
export async function compileFunctionCode(
  files: Record<string, string>,
  layers: Record<string, string>[],
  transform: TransformFn,
): Promise<CompiledFiles> {
  const out: CompiledFiles = {};
  for (const layer of layers) Object.assign(out, await compileFunctionFiles(layer, transform, '/opt'));
  Object.assign(out, await compileFunctionFiles(files, transform));
  return out;
}

export function compileFunctionCodeSync(
  files: Record<string, string>,
  layers: Record<string, string>[],
  transformSync: TransformSyncFn,
): CompiledFiles {
  const out: CompiledFiles = {};
  const add = (set: Record<string, string>, root: string) => {
    for (const p of codePaths(set)) out[absolute(root, p)] = compileFileSync(p, set[p], transformSync);
  };
  for (const layer of layers) add(layer, '/opt');
  add(files, '/var/task');
  return out;
}
