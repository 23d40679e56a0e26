import type { Runner } from '../sandbox/runner';

type RunnerModule = { createBrowserRunner: () => Runner };

// TEMPORARY: the browser runner is being written concurrently; the glob keeps the app building
// until src/sandbox/browser/createBrowserRunner.ts exists. Replace with a direct import then.
const modules = import.meta.glob<RunnerModule>('../sandbox/browser/createBrowserRunner.ts', { eager: true });

export function createDefaultRunner(): Runner {
  const mod = Object.values(modules)[0];
  if (mod) return mod.createBrowserRunner();
  return unavailableRunner('The simulation engine is not part of this build yet.');
}

function unavailableRunner(message: string): Runner {
  return {
    start(_scenario, _options, onUpdate) {
      onUpdate({ status: 'error', nowMs: 0, endMs: 0, samples: [], logs: [], live: null, error: message });
    },
    pause() {},
    resume() {},
    setSpeed() {},
    stop() {},
    async testInvoke() {
      throw new Error(message);
    },
    dispose() {},
  };
}
