// `npm run bench environmentScale`: 1,000 concurrent environments of one function in one
// chromium tab (the real sandboxed runner), each keeping its own module state.
// Memory, measured from outside the page with the DevTools protocol at two pauses of the same
// sandbox (1 environment live, then 1,000 live), after a forced GC of every JS heap:
// - workerHeapsMB: JS heap used by the sandbox worker (engine + all environments), read
//   with Runtime.getHeapUsage on the worker target: what the environments themselves cost;
// - pageHeapMB: the page's own JS heap (Performance.getMetrics JSHeapUsedSize);
// - rendererPssMB: proportional set size of every chromium renderer process (/proc/<pid>/smaps_rollup,
//   pids from SystemInfo.getProcessInfo): the whole tab including V8 code, malloc and the iframe;
//   noisier (allocators keep freed pages), but it is what the operating system sees.
// Creation time comes from environmentWorker.ts (same runtime, plain worker, batches of 20).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession } from '@playwright/test';
import { withPreviewAndBrowser } from './browserHarness';

const PORT = 4412;
const COUNT = 1000;

interface Memory {
  /** JS heap used per blob: worker (the sandbox worker, and esbuild-wasm's), by target id. */
  workerHeapsMB: Record<string, number>;
  pageHeapMB: number;
  rendererPssMB: number | null;
  rendererProcesses: number;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Talks to worker targets through the browser session (non-flattened, so Playwright's own session is untouched). */
async function workerHeaps(cdp: CDPSession): Promise<Record<string, number>> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const workers = targetInfos.filter((t) => t.type === 'worker' && t.url.startsWith('blob:'));
  const used: Record<string, number> = {};
  for (const t of workers) {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const id = nextId++;
        const onMessage = (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const m = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (m.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(m.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    used[t.targetId] = Number(usage.usedSize);
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
  return used;
}

function pssKB(pid: number): number | null {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

async function measure(browserCdp: CDPSession, pageCdp: CDPSession): Promise<Memory> {
  await pageCdp.send('HeapProfiler.collectGarbage');
  const heaps = await workerHeaps(browserCdp);
  const { metrics } = (await pageCdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const pss = processInfo.filter((p) => p.type === 'renderer').map((p) => pssKB(p.id));
  return {
    workerHeapsMB: Object.fromEntries(Object.entries(heaps).map(([id, bytes]) => [id, mb(bytes)])),
    pageHeapMB: mb(pageHeap),
    rendererProcesses: pss.length,
    rendererPssMB: pss.every((v) => v !== null) && pss.length ? mb((pss as number[]).reduce((a, b) => a + b, 0) * 1024) : null,
  };
}

async function atPhase(page: import('@playwright/test').Page, phase: string): Promise<void> {
  await page.waitForFunction((p) => (window as unknown as { __phase?: string }).__phase === p, phase, { timeout: 300_000 });
}

export async function environmentScale(): Promise<Record<string, unknown>> {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/browser/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('bench page build failed');
  return withPreviewAndBrowser(['--config', 'bench/browser/vite.config.ts'], PORT, async (browser: Browser, baseUrl) => {
    const page = await browser.newPage();
    const pageCdp = await page.context().newCDPSession(page);
    await pageCdp.send('Performance.enable');
    const browserCdp = await browser.newBrowserCDPSession();
    await page.goto(`${baseUrl}environments.html?count=${COUNT}`);
    await atPhase(page, 'baseline');
    const before = await measure(browserCdp, pageCdp);
    await page.evaluate(() => (window as unknown as { __continue: () => void }).__continue());
    await atPhase(page, 'peak');
    const peak = await measure(browserCdp, pageCdp);
    await page.evaluate(() => (window as unknown as { __continue: () => void }).__continue());
    await page.waitForFunction(() => (window as unknown as { __benchResult?: unknown }).__benchResult !== undefined, null, { timeout: 300_000 });
    const result = (await page.evaluate(() => (window as unknown as { __benchResult: Record<string, unknown> }).__benchResult)) as Record<string, unknown>;
    const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? Math.round((b - a) * 10) / 10 : null);
    // The sandbox worker is the worker present at both pauses whose heap grew most.
    const workerGrowth = Object.keys(peak.workerHeapsMB)
      .filter((id) => id in before.workerHeapsMB)
      .map((id) => peak.workerHeapsMB[id] - before.workerHeapsMB[id]);
    return {
      name: 'environmentScale',
      ...result,
      memory: {
        oneEnvironment: before,
        thousandEnvironments: peak,
        growthMB: {
          sandboxWorkerHeap: workerGrowth.length ? Math.round(Math.max(...workerGrowth) * 10) / 10 : null,
          pageHeap: diff(before.pageHeapMB, peak.pageHeapMB),
          rendererPss: diff(before.rendererPssMB, peak.rendererPssMB),
        },
        budgetMB: 150,
      },
      creationBudgetMs: 1,
    };
  });
}
