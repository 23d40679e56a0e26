// Builds bench/browser, serves it, and runs it in headless chromium (Debian's, or CHROMIUM_PATH).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4411;

export async function browserThroughput(): Promise<Record<string, unknown>> {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/browser/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench page build failed');
  const server = spawn('npx', ['vite', 'preview', '--config', 'bench/browser/vite.config.ts', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    const browser = await chromium.launch({
      executablePath: existsSync(executablePath) ? executablePath : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(() => (window as unknown as { __benchResult?: unknown }).__benchResult !== undefined, null, { timeout: 300_000 });
      return (await page.evaluate(() => (window as unknown as { __benchResult: Record<string, unknown> }).__benchResult)) as Record<string, unknown>;
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
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
