// The app in headless chromium (issue 6's quality figures): JavaScript loaded before the canvas
// is interactive, and during a live run at 1,000 requests/s and 10× speed the chart refresh rate
// and the longest main-thread task. Serves the production build from dist/ (npm run build first).
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { withPreviewAndBrowser } from './browserHarness';
import { encodeShareLink } from '../src/scenario/scenarioIO';
import type { Scenario } from '../src/engine/scenarioTypes';

const PORT = 4412;

const SCENARIO = {
  version: 1,
  name: 'bench: 1,000 rps',
  seed: 1,
  durationSeconds: 600,
  cpu: 'ignored',
  nodes: [
    { id: 'users', kind: 'client', name: 'Users', traffic: { pattern: 'poisson', ratePerSecond: 1000 } },
    {
      id: 'hello',
      kind: 'function',
      name: 'hello',
      files: {
        'index.mjs':
          'export const handler = async () => { await new Promise((r) => setTimeout(r, 50)); return { ok: true }; };\n',
      },
    },
  ],
  edges: [{ id: 'e', from: 'users', to: 'hello', kind: 'invoke' }],
};

export async function uiResponsiveness(): Promise<Record<string, unknown>> {
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first (serves dist/)');
  return withPreviewAndBrowser([], PORT, async (browser, baseUrl) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const jsBytes = new Map<string, number>();
    cdp.on('Network.loadingFinished', (e) => jsBytes.set(e.requestId, e.encodedDataLength));
    const jsRequests = new Map<string, string>();
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script' || e.response.mimeType.includes('javascript'))
        jsRequests.set(e.requestId, e.response.url);
    });
    const started = Date.now();
    await page.goto(baseUrl);
    await page.getByTestId('run-button').waitFor({ state: 'visible' });
    const interactiveMs = Date.now() - started;
    const loadedBeforeInteractive = [...jsRequests.entries()];
    const jsBeforeInteractive = loadedBeforeInteractive.reduce(
      (sum, [id]) => sum + (jsBytes.get(id) ?? 0),
      0,
    );
    // What a gzip-serving host would send for the same scripts.
    let jsGzipBeforeInteractive = 0;
    for (const [, url] of loadedBeforeInteractive) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      jsGzipBeforeInteractive += gzipSync(body).length;
    }
    // Open the 1,000 rps scenario the way a user would: from a share link.
    const fragment = await encodeShareLink(SCENARIO as Scenario);
    await page.goto(`${baseUrl}?bench#${fragment}`);
    await page.getByTestId('run-button').waitFor({ state: 'visible' });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __chartMutations: number[] };
      w.__longTasks = [];
      w.__chartMutations = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
      ).observe({ type: 'longtask', buffered: false });
      const charts = document.querySelector('[data-testid="metrics-panel"]') ?? document.body;
      new MutationObserver(() => w.__chartMutations.push(performance.now())).observe(charts, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    await page.getByTestId('speed-select').selectOption('10');
    await page.getByTestId('run-button').click();
    await page.waitForTimeout(12_000);
    const figures = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __chartMutations: number[] };
      const m = w.__chartMutations;
      const seconds = m.length > 1 ? (m[m.length - 1] - m[0]) / 1000 : 0;
      // Distinct frames with a DOM change, not raw mutations.
      const frames = new Set(m.map((t) => Math.floor(t / 16))).size;
      return {
        longestTaskMs: Math.max(0, ...w.__longTasks),
        longTasks: w.__longTasks.length,
        updatesPerSecond: seconds ? frames / seconds : 0,
      };
    });
    return {
      name: 'uiResponsiveness',
      scenario: '1,000 requests/s (Poisson), 50 ms handler, 10x speed, 12 s of wall time',
      interactiveMs,
      jsBytesBeforeInteractive: jsBeforeInteractive,
      jsKBBeforeInteractive: Math.round(jsBeforeInteractive / 1024),
      jsGzipKBBeforeInteractive: Math.round(jsGzipBeforeInteractive / 1024),
      ...figures,
    };
  });
}
