// A Runner for Node (scripts, tests of the app store against the real engine): the same worker
// server and protocol as the browser, connected in-process over a MessageChannel, with handler
// code compiled by native esbuild. No isolation: use it only for trusted scenarios.
import { transform } from 'esbuild';
import { createSimulation } from '../../engine/createSimulation';
import { createScenarioCompiler } from '../compile/compileScenario';
import { createSandboxRunner, type SandboxPort } from '../browser/sandboxRunner';
import { startSandboxServer, type PortLike } from '../browser/worker/sandboxServer';
import type { Runner } from '../runner';

export function createNodeRunner(): Runner {
  return createSandboxRunner({
    connect: async () => {
      const channel = new MessageChannel();
      startSandboxServer(channel.port2 as unknown as PortLike, {
        createSimulation,
        realNow: () => performance.now(),
        soon: (fn) => setImmediate(fn),
        later: (fn, ms) => setTimeout(fn, ms),
      });
      return {
        port: channel.port1 as unknown as SandboxPort,
        destroy: () => {
          channel.port1.close();
          channel.port2.close();
        },
      };
    },
    compile: createScenarioCompiler(transform),
  });
}
