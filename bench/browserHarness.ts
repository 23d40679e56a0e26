// Shared by the browser benches: serve a built page with `vite preview`, open it in headless
// chromium (Debian's, or CHROMIUM_PATH), run `use`, and always shut both down.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function withPreviewAndBrowser<T>(
  previewArgs: string[],
  port: number,
  use: (browser: Browser, baseUrl: string) => Promise<T>,
): Promise<T> {
  const server = spawn(
    'npx',
    ['vite', 'preview', ...previewArgs, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  // On a shared machine another preview may already hold the port: then ours exits at once, and
  // the bench must not silently measure someone else's build.
  let exited = false;
  server.on('exit', () => (exited = true));
  try {
    const baseUrl = `http://127.0.0.1:${port}/`;
    await waitForServer(baseUrl);
    await new Promise((r) => setTimeout(r, 300));
    if (exited) throw new Error(`vite preview could not start on port ${port} (in use?); set BENCH_PORT`);
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ARGS,
    });
    try {
      return await use(browser, baseUrl);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid && !exited) process.kill(-server.pid);
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`bench server did not start at ${url}`);
}
