// Builds bench/browser and runs it in headless chromium: the sandboxed runner as fast as possible.
import { spawnSync } from 'node:child_process';
import { withPreviewAndBrowser } from './browserHarness';

const PORT = Number(process.env.BENCH_PORT ?? 4411);

export async function browserThroughput(): Promise<Record<string, unknown>> {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'bench/browser/vite.config.ts', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('bench page build failed');
  return withPreviewAndBrowser(
    ['--config', 'bench/browser/vite.config.ts'],
    PORT,
    async (browser, baseUrl) => {
      const page = await browser.newPage();
      await page.goto(baseUrl);
      await page.waitForFunction(
        () => (window as unknown as { __benchResult?: unknown }).__benchResult !== undefined,
        null,
        { timeout: 300_000 },
      );
      return (await page.evaluate(
        () => (window as unknown as { __benchResult: Record<string, unknown> }).__benchResult,
      )) as Record<string, unknown>;
    },
  );
}
