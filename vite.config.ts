import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sandboxWorkerPlugin } from './scripts/viteSandboxWorkerPlugin';

export default defineConfig({
  plugins: [react(), sandboxWorkerPlugin()],
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
