// esbuild-wasm on the app side: same version as the native esbuild used in Node, so compiled
// handler code is identical in the CLI and the browser. Initialised once, on first use.
import * as esbuild from 'esbuild-wasm';
import wasmURL from 'esbuild-wasm/esbuild.wasm?url';
import type { Scenario } from '../../engine/scenarioTypes';
import { createScenarioCompiler } from '../compile/compileScenario';
import type { CompiledScenario } from './protocol';

let ready: Promise<void> | null = null;

function initialize(): Promise<void> {
  if (!ready) {
    ready = esbuild.initialize({ wasmURL, worker: true }).catch((error: unknown) => {
      ready = null;
      throw new Error(`Could not start the code compiler (esbuild-wasm): ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return ready;
}

const compile = createScenarioCompiler(async (code, options) => {
  await initialize();
  return esbuild.transform(code, options);
});

export function compileScenarioInBrowser(scenario: Scenario): Promise<CompiledScenario> {
  return compile(scenario);
}
