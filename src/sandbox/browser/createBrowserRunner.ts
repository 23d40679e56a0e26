// The browser Runner: engine + handlers in one classic worker inside a sandboxed iframe
// (sandboxFrame.ts), user code compiled here with esbuild-wasm (compileInBrowser.ts).
import workerSource from 'virtual:sandbox-worker-source';
import type { Runner } from '../runner';
import { compileScenarioInBrowser } from './compileInBrowser';
import { createSandboxFrame } from './sandboxFrame';
import { createSandboxRunner, type SandboxPort } from './sandboxRunner';

export function createBrowserRunner(): Runner {
  return createSandboxRunner({
    connect: async (grant) => {
      const frame = await createSandboxFrame(workerSource, grant);
      return { port: frame.port as unknown as SandboxPort, destroy: () => frame.destroy() };
    },
    compile: compileScenarioInBrowser,
  });
}
