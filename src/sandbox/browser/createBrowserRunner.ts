// The browser Runner: engine + handlers in one classic worker inside a sandboxed iframe
// (sandboxFrame.ts), user code compiled here with esbuild-wasm (compileInBrowser.ts).
// Both heavy parts — the worker's source text (engine + runtime) and the compiler (esbuild-wasm,
// acorn) — are separate chunks, fetched at the first run or test, or earlier by prefetchRunner()
// (idle after the first interaction): the first screen must not pay for them.
import type { Runner } from '../runner';
import type { CompiledScenario } from './protocol';
import { createSandboxFrame } from './sandboxFrame';
import { createSandboxRunner, type SandboxPort } from './sandboxRunner';
import type { Scenario } from '../../engine/scenarioTypes';

const loadWorkerSource = () => import('virtual:sandbox-worker-source').then((m) => m.default);
const loadCompiler = () => import('./compileInBrowser');

/**
 * Fetches the sandbox chunk and starts the compiler (esbuild-wasm, instantiated in its worker),
 * so a later first Run neither waits for them nor shares the CPU with them while it draws.
 * Settles when the compiler's warm-up has (failed or not).
 */
export function prefetchRunner(): Promise<void> {
  void loadWorkerSource().catch(() => {});
  return loadCompiler().then(
    (compiler) => compiler.warmCompiler(),
    () => {},
  );
}

export function createBrowserRunner(): Runner {
  return createSandboxRunner({
    connect: async (grant) => {
      const frame = await createSandboxFrame(await loadWorkerSource(), grant);
      return { port: frame.port as unknown as SandboxPort, destroy: () => frame.destroy() };
    },
    compile: async (scenario: Scenario): Promise<CompiledScenario> =>
      (await loadCompiler()).compileScenarioInBrowser(scenario),
  });
}
