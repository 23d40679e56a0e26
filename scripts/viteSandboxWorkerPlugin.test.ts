import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { sandboxWorkerPlugin, SANDBOX_WORKER_MODULE } from './viteSandboxWorkerPlugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

describe('sandbox worker plugin', () => {
  it('serves the worker as one self-contained classic script', async () => {
    const plugin = sandboxWorkerPlugin();
    const watched: string[] = [];
    (plugin.configResolved as Hook).call(null, { root: path.resolve(__dirname, '..'), command: 'build' });
    const id = (plugin.resolveId as Hook).call(null, SANDBOX_WORKER_MODULE) as string;
    const code = (await (plugin.load as Hook).call({ addWatchFile: (f: string) => watched.push(f) }, id)) as string;
    const source = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(source.length).toBeGreaterThan(10_000);
    // A classic worker cannot import anything: the bundle must be complete and Node-free.
    expect(source).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(source.trimEnd()).toMatch(/\}\)\(\);$/);
    expect(source).not.toMatch(/\brequire\(["'](node:|fs|path|crypto|util|esbuild)/);
    // The worker gets neither the compiler (acorn) nor the validator (zod): the app side does that.
    expect(watched.some((f) => f.includes('node_modules/acorn'))).toBe(false);
    expect(watched.some((f) => f.includes('node_modules/zod'))).toBe(false);
    expect(watched.some((f) => f.endsWith('src/sandbox/browser/worker/main.ts'))).toBe(true);
    expect(watched.some((f) => f.endsWith('src/engine/createSimulation.ts'))).toBe(true);
  });
});
