// The code compiler's own thread: esbuild-wasm plus the acorn passes that instrument handler
// code (loops, async generators, top-level await). Parsing user code takes tens to hundreds of
// milliseconds (more on a first, cold run); on the page's main thread that froze the UI at every
// Run. Same compile recipe and cache as before (compileScenario.ts); only the thread changed.
import * as esbuild from 'esbuild-wasm';
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import type { Scenario } from '../../engine/scenarioTypes';
import { createScenarioCompiler } from '../compile/compileScenario';
import { compileFile } from '../compile/compileFunctionFiles';
import type { TransformFn } from '../compile/compiledTypes';
import type { CompileReply, CompileRequest } from './compileMessages';

let ready: Promise<void> | null = null;

function initialize(): Promise<void> {
  ready ??= esbuild.initialize({ wasmURL, worker: false }).catch((error: unknown) => {
    ready = null;
    throw new Error(`Could not start the code compiler (esbuild-wasm): ${messageOf(error)}`);
  });
  return ready;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const transform: TransformFn = async (code, options) => {
  await initialize();
  return esbuild.transform(code, options);
};
const compile = createScenarioCompiler(transform);

// A warm-up compiles this through the whole recipe: instantiating esbuild alone left V8 to
// optimize its hot wasm functions (seconds of CPU) during the first real compile, i.e. in the
// first seconds of the first run.
const WARM_UP_SOURCE =
  'export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });\n';

const reply = (m: CompileReply) => postMessage(m);

onmessage = (event: MessageEvent<CompileRequest>) => {
  const request = event.data;
  const { id } = request;
  // A failed warm-up is not reported: the next compile tries again and says why.
  if ('warm' in request) {
    const done = () => reply({ id, warmed: true });
    return void compileFile('index.mjs', WARM_UP_SOURCE, transform).then(done, done);
  }
  compile(request.scenario as Scenario).then(
    (compiled) => reply({ id, ok: true, compiled }),
    (error: unknown) => reply({ id, ok: false, error: messageOf(error) }),
  );
};
