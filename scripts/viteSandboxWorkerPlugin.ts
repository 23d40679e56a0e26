// Exposes `virtual:sandbox-worker-source`: the sandbox worker (src/sandbox/browser/worker/main.ts
// with the engine and handler runtime) bundled by esbuild into one classic-script IIFE string.
// The app hands that text to the sandboxed iframe, which starts it as a blob: worker, so the
// worker inherits the iframe's opaque origin and CSP (an http-URL worker would not).
import path from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export const SANDBOX_WORKER_MODULE = 'virtual:sandbox-worker-source';
const RESOLVED_ID = `\0${SANDBOX_WORKER_MODULE}`;

export function sandboxWorkerPlugin(entry = 'src/sandbox/browser/worker/main.ts'): Plugin {
  let root = process.cwd();
  let production = false;
  let inputs = new Set<string>();
  return {
    name: 'lambda-playground:sandbox-worker',
    configResolved(config) {
      root = config.root;
      production = config.command === 'build';
    },
    resolveId(id) {
      return id === SANDBOX_WORKER_MODULE ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = await build({
        entryPoints: [path.resolve(root, entry)],
        absWorkingDir: root,
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        minify: production,
        sourcemap: production ? false : 'inline',
        legalComments: 'none',
        logLevel: 'silent',
      });
      inputs = new Set(Object.keys(result.metafile.inputs).map((file) => path.resolve(root, file)));
      for (const file of inputs) this.addWatchFile(file);
      return `export default ${JSON.stringify(result.outputFiles[0].text)};`;
    },
    handleHotUpdate(ctx) {
      if (!inputs.has(ctx.file)) return undefined;
      const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      // The worker lives inside an iframe the page created: only a reload picks up new code.
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
