import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { sandboxWorkerPlugin } from '../../scripts/viteSandboxWorkerPlugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [sandboxWorkerPlugin('../../src/sandbox/browser/worker/main.ts')],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 20000,
    rollupOptions: { input: { main: `${root}index.html`, environments: `${root}environments.html` } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
