// The app in headless chromium (issue 6's quality figures), from the production build in dist/
// (`npx vite build` first). Two phases, each repeated BENCH_REPEATS times (default 3) in a fresh
// browser context; figures are medians.
//
// Load: every JavaScript response (page scripts, module chunks, worker scripts) is recorded with
// the time it arrived and the gzip size of its body (the preview server does not compress, so we
// compress each body as a gzip-serving host would). "Interactive" is the first frame in which the
// canvas shows its nodes and the Run button is enabled. The person then reads the page for
// IDLE_BEFORE_CLICK_MS before their first click: everything fetched until that click counts as
// "JavaScript before first interaction" — including code the app prefetches while idle, and the
// sandbox worker's source if the sandboxed iframe was started by then.
//
// Live run: a 1,000 requests/s scenario opened from a share link, warmed up by a first click (so
// lazy chunks loaded on interaction are not charged to the run) and left until the browser is
// quiet (the start-up work that click begins: waitForQuiet.ts; `settleMs` says how long), then
// Run at 10× speed for RUN_MS of wall time. Long tasks come from PerformanceObserver('longtask')
// over that window only.
// A chart "refresh" is a frame (rAF) in which some metrics chart's `data-rev` changed: the chart
// bumps it in the same React commit that gives it new points, so this counts drawn data, not DOM
// noise (tooltips, resize).
//
// A trace of the run window adds each main-thread task's CPU time (mainThreadTasks.ts).
//
// BENCH_PORT picks the preview port (default 4412); BENCH_CPUPROFILE=<file> writes a Chrome CPU
// profile of the first live run (open it in DevTools' Performance panel). The profiler's own work
// adds long tasks to that repeat (more than its trace shows): take the figures from a run without it.
// BENCH_TRACE_DUMP=<prefix> writes each repeat's trace of the run window to <prefix>.<ms>.json with
// timeline and V8 detail (what ran in each task; open it in DevTools). The detail costs CPU too.
import { gzipSync } from 'node:zlib';
import { existsSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { withPreviewAndBrowser } from './browserHarness';
import { mainThreadTaskFigures, startTaskTrace } from './mainThreadTasks';
import { waitForQuiet } from './waitForQuiet';
import { encodeShareLink } from '../src/scenario/scenarioIO';
import type { Scenario } from '../src/engine/scenarioTypes';

const PORT = Number(process.env.BENCH_PORT ?? 4412);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const IDLE_BEFORE_CLICK_MS = 3000;
const RUN_MS = 12_000;

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

// In-page observers for the live-run window. A string, not a function: tsx's name-keeping helper
// (__name) does not exist in the page.
const WATCH_RUN = `(() => {
  const b = (window.__bench = { longTasks: [], frames: [], stop: false });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => b.longTasks.push({ startTime: e.startTime, duration: e.duration })))
    .observe({ type: 'longtask', buffered: false });
  let last = '';
  const onFrame = (now) => {
    if (b.stop) return;
    const revs = [...document.querySelectorAll('[data-testid="metrics-panel"] [data-rev]')]
      .map((el) => el.getAttribute('data-rev'))
      .join(',');
    if (revs !== last && revs !== '') b.frames.push(now);
    last = revs;
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})()`;

interface Loaded {
  url: string;
  atMs: number;
  gzipBytes: number;
  rawBytes: number;
  wasm: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/** Records JS and wasm responses of the page and its workers, with arrival time and sizes. */
function recordScripts(page: Page, t0: () => number): { done: () => Promise<Loaded[]> } {
  const pending: Promise<Loaded | null>[] = [];
  page.context().on('response', (response) => {
    const atMs = t0();
    const type = response.headers()['content-type'] ?? '';
    const wasm = type.includes('wasm');
    if (!wasm && !type.includes('javascript')) return;
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          atMs,
          gzipBytes: gzipSync(body).length,
          rawBytes: body.length,
          wasm,
        }),
        () => null,
      ),
    );
  });
  return { done: async () => (await Promise.all(pending)).filter((x): x is Loaded => x !== null) };
}

/** Waits for the first frame with the canvas's nodes on screen and Run enabled; page time in ms. */
async function waitInteractive(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const node = document.querySelector('.react-flow__node');
      const run = document.querySelector<HTMLButtonElement>('[data-testid="run-button"]');
      return node && run && !run.disabled ? performance.now() : null;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** A click on the canvas background (bottom middle: clear of the palette, controls and minimap). */
async function clickEmptyCanvas(page: Page): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no canvas on screen');
  await pane.click({ position: { x: box.width * 0.55, y: box.height - 12 } });
}

async function loadPhase(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let navStart = 0;
  const scripts = recordScripts(page, () => Date.now() - navStart);
  navStart = Date.now();
  await page.goto(baseUrl);
  const interactiveMs = await waitInteractive(page);
  const interactiveWallMs = Date.now() - navStart;
  await page.waitForTimeout(IDLE_BEFORE_CLICK_MS);
  const clickAtMs = Date.now() - navStart;
  const sandboxBeforeClick = await page.evaluate(() => document.querySelector('iframe[sandbox]') !== null);
  const editorBeforeClick = await page.evaluate(() => document.querySelector('.monaco-editor') !== null);
  // The first interaction: a click on an empty spot of the canvas.
  await clickEmptyCanvas(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const all = await scripts.done();
  await context.close();
  const js = all.filter((s) => !s.wasm);
  const before = js.filter((s) => s.atMs <= clickAtMs);
  const atInteractive = js.filter((s) => s.atMs <= interactiveWallMs);
  const sum = (list: Loaded[], key: 'gzipBytes' | 'rawBytes') => list.reduce((n, s) => n + s[key], 0);
  return {
    interactiveMs,
    jsGzipKBBeforeInteraction: kb(sum(before, 'gzipBytes')),
    jsRawKBBeforeInteraction: kb(sum(before, 'rawBytes')),
    jsGzipKBAtInteractive: kb(sum(atInteractive, 'gzipBytes')),
    wasmKBBeforeInteraction: kb(
      sum(
        all.filter((s) => s.wasm && s.atMs <= clickAtMs),
        'rawBytes',
      ),
    ),
    jsGzipKBAfterFirstClick: kb(sum(js, 'gzipBytes') - sum(before, 'gzipBytes')),
    monacoBeforeInteraction: editorBeforeClick || before.some((s) => /editor\.api|CodeEditor/.test(s.url)),
    sandboxBeforeInteraction: sandboxBeforeClick,
    scriptsBeforeInteraction: before
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map((s) => `${new URL(s.url).pathname} ${kb(s.gzipBytes)} KB gzip`),
  };
}

async function runPhase(browser: Browser, baseUrl: string, profilePath: string | undefined) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const fragment = await encodeShareLink(SCENARIO as Scenario);
  await page.goto(`${baseUrl}?bench#${fragment}`);
  await waitInteractive(page);
  await page.getByTestId('function-node-hello').waitFor();
  // Warm up like a person would: a first click, then let whatever that loads settle (until the
  // browser is quiet, waitForQuiet.ts).
  await clickEmptyCanvas(page);
  await page.waitForLoadState('networkidle');
  // BENCH_SETTLE_MS=<ms> presses Run after a fixed wait instead (2000 was the old procedure): a
  // Run pressed while start-up work still runs shares the cores with it.
  const fixedSettleMs = Number(process.env.BENCH_SETTLE_MS ?? NaN);
  const settle = Number.isFinite(fixedSettleMs)
    ? await page.waitForTimeout(fixedSettleMs).then(() => ({ waitedMs: fixedSettleMs, quiet: false, lastShare: -1 }))
    : await waitForQuiet(await browser.newBrowserCDPSession());
  const cdp = profilePath ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // Wall and CPU time of each main-thread task over the same window (mainThreadTasks.ts).
  const dumpPath = process.env.BENCH_TRACE_DUMP;
  const stopTrace = await startTaskTrace(
    await browser.newBrowserCDPSession(),
    dumpPath ? ['devtools.timeline', 'v8', 'blink.user_timing'] : [],
  );
  // After the profiler's and the trace's start (the profiler logs every compiled function in one
  // long task), so the observer sees only the run.
  await page.evaluate(WATCH_RUN);
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  await page.waitForTimeout(RUN_MS);
  // Read before the trace and the profile stop: flushing a detailed trace, or serialising a
  // profile, is a long task of its own. Tasks that ended before the stop are reported a moment
  // later, so the read waits for them and keeps only those that started before it.
  const figures = await page.evaluate(async () => {
    const b = (window as unknown as { __bench: { longTasks: { startTime: number; duration: number }[]; frames: number[]; stop: boolean } })
      .__bench;
    b.stop = true;
    const stoppedAt = performance.now();
    const f = b.frames;
    const seconds = f.length > 1 ? (stoppedAt - f[0]) / 1000 : 0;
    await new Promise((resolve) => setTimeout(resolve, 250));
    const durations = b.longTasks.filter((t) => t.startTime < stoppedAt).map((t) => t.duration);
    return {
      longestTaskMs: Math.round(Math.max(0, ...durations)),
      longTasks: durations.length,
      chartUpdatesPerSecond: seconds ? Math.round((f.length / seconds) * 10) / 10 : 0,
    };
  });
  const traceEvents = await stopTrace();
  if (dumpPath) writeFileSync(`${dumpPath}.${Date.now()}.json`, JSON.stringify(traceEvents));
  const tasks = mainThreadTaskFigures(traceEvents);
  if (cdp && profilePath) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(profilePath, JSON.stringify(profile));
  }
  // The run must really go at 10x with 1,000 requests/s, or the figures above mean little.
  const invocations = Number((await page.getByTestId('total-invocations').innerText()).replace(/,/g, ''));
  await context.close();
  return { ...figures, invocationsInWindow: invocations, mainThread: tasks, settle };
}

export async function uiResponsiveness(): Promise<Record<string, unknown>> {
  if (!existsSync('dist/index.html')) throw new Error('run `npx vite build` first (serves dist/)');
  return withPreviewAndBrowser([], PORT, async (browser, baseUrl) => {
    const loads = [];
    const runs = [];
    for (let i = 0; i < REPEATS; i++) {
      loads.push(await loadPhase(browser, baseUrl));
      runs.push(await runPhase(browser, baseUrl, i === 0 ? process.env.BENCH_CPUPROFILE : undefined));
    }
    const med = <T>(list: T[], key: keyof T) => median(list.map((x) => Number(x[key])));
    return {
      name: 'uiResponsiveness',
      scenario: `1,000 requests/s (Poisson), 50 ms handler, 10x speed, ${RUN_MS / 1000} s of wall time`,
      repeats: REPEATS,
      interactiveMs: Math.round(med(loads, 'interactiveMs')),
      jsGzipKBBeforeInteraction: med(loads, 'jsGzipKBBeforeInteraction'),
      jsRawKBBeforeInteraction: med(loads, 'jsRawKBBeforeInteraction'),
      jsGzipKBAtInteractive: med(loads, 'jsGzipKBAtInteractive'),
      wasmKBBeforeInteraction: med(loads, 'wasmKBBeforeInteraction'),
      jsGzipKBAfterFirstClick: med(loads, 'jsGzipKBAfterFirstClick'),
      monacoBeforeInteraction: loads.some((l) => l.monacoBeforeInteraction),
      sandboxBeforeInteraction: loads.some((l) => l.sandboxBeforeInteraction),
      chartUpdatesPerSecond: med(runs, 'chartUpdatesPerSecond'),
      longestTaskMs: med(runs, 'longestTaskMs'),
      longTasks: med(runs, 'longTasks'),
      invocationsInWindow: med(runs, 'invocationsInWindow'),
      // From a trace of the same window: the longest task's wall and CPU time, and the task that
      // used the most CPU. A wall time far above its CPU time is a task that waited for a core.
      traceLongestTaskWallMs: median(runs.map((r) => r.mainThread.longestWallMs)),
      traceLongestTaskCpuMs: median(runs.map((r) => r.mainThread.longestWallCpuMs)),
      traceMostCpuTaskMs: median(runs.map((r) => r.mainThread.longestCpuMs)),
      traceTasksOver50msCpu: median(runs.map((r) => r.mainThread.overLimitCpu)),
      mainThreadCpuMs: median(runs.map((r) => r.mainThread.totalCpuMs)),
      // How long the page took to go quiet after the first click, before Run was pressed.
      settleMs: median(runs.map((r) => r.settle.waitedMs)),
      perRepeat: { loads: loads.map(({ scriptsBeforeInteraction: _, ...rest }) => rest), runs },
      scriptsBeforeInteraction: loads[0].scriptsBeforeInteraction,
    };
  });
}
