import { expect, test, type Page } from '@playwright/test';
import type { FunctionNode, Scenario } from '../src/engine/scenarioTypes';
import { helloColdStarts } from '../src/scenario/gallery/helloColdStarts';
import { SCREENSHOTS } from './helpers';

// The default scenario with reserved concurrency 1 and a 1 s handler: 5 requests a second
// against room for one, so most are throttled (ReservedFunctionConcurrentInvocationLimitExceeded).
function throttledScenario(): Scenario {
  const s = structuredClone(helloColdStarts);
  // Long enough that a busy machine cannot reach the end while a test looks at a running run.
  s.durationSeconds = 600;
  s.nodes = s.nodes.map((n) =>
    n.kind === 'function'
      ? ({
          ...n,
          reservedConcurrency: 1,
          files: {
            'index.mjs':
              'export const handler = async () => {\n  await new Promise((r) => setTimeout(r, 1000));\n  return { ok: true };\n};\n',
          },
        } as FunctionNode)
      : n,
  );
  return s;
}

async function openThrottled(page: Page) {
  const draft = JSON.stringify(throttledScenario());
  await page.addInitScript((text) => {
    // Also runs in the sandbox's opaque-origin frame, which has no storage.
    if (window === window.top) {
      window.localStorage.setItem('lambda-playground:draft:v1', text);
    }
  }, draft);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('function-node-hello')).toBeVisible();
  return { errors };
}

const numberIn = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/[^0-9.]/g, ''));

async function runUntilThrottled(page: Page, throttles: number) {
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => numberIn(page, 'total-throttles'), { timeout: 60_000 }).toBeGreaterThan(throttles);
}

/** The centre of an element's box (dots move, so their boxes move). */
async function centreOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** How far (screen px) a point is from the drawn path of an edge. */
async function distanceFromEdge(page: Page, edgeId: string, point: { x: number; y: number }) {
  return page.evaluate(
    ({ edgeId, point }) => {
      const path = document.querySelector<SVGPathElement>(`[data-id="${edgeId}"] path.react-flow__edge-path`);
      if (!path) throw new Error(`no path for edge ${edgeId}`);
      const toScreen = path.getScreenCTM()!;
      let best = Infinity;
      for (let at = 0; at <= path.getTotalLength(); at += 0.25) {
        const p = path.getPointAtLength(at).matrixTransform(toScreen);
        best = Math.min(best, Math.hypot(p.x - point.x, p.y - point.y));
      }
      return best;
    },
    { edgeId, point },
  );
}

test.use({ viewport: { width: 1280, height: 720 } });

test('events travel along the edge while running, coloured by outcome, frozen when paused, gone with reduced motion', async ({
  page,
}) => {
  const { errors } = await openThrottled(page);
  await runUntilThrottled(page, 5);
  const dots = page.getByTestId('edge-dots-users-hello');
  await expect(dots).toBeVisible();
  const count = await dots.locator('.edge-dot').count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(6);
  // Where dots travel, they show the flow: the edge's dashes stand still (a dash animation would
  // restyle the canvas every frame).
  const edgePath = page.locator('[data-testid="rf__edge-users-hello"] path.lambda-edge');
  await expect(edgePath).toHaveClass(/has-dots/);
  expect(await edgePath.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  // Four in five requests are throttled: the edge shows throttle-coloured dots.
  await expect(dots.locator('.edge-dot[data-outcome="throttle"]').first()).toBeAttached();
  const dot = '[data-testid="edge-dots-users-hello"] .edge-dot';
  const a = await centreOf(page, dot);
  await page.waitForTimeout(250);
  const b = await centreOf(page, dot);
  expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(1);
  // On the edge's own curve, not beside it.
  expect(await distanceFromEdge(page, 'users-hello', a)).toBeLessThan(1);
  expect(await distanceFromEdge(page, 'users-hello', b)).toBeLessThan(1);
  await page.screenshot({ path: `${SCREENSHOTS}/scrub-01-dots.png` });

  await page.getByTestId('pause-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  await expect(page.getByTestId('canvas-drop')).toHaveClass(/dots-frozen/);
  const c = await centreOf(page, dot);
  await page.waitForTimeout(300);
  const d = await centreOf(page, dot);
  expect(Math.hypot(c.x - d.x, c.y - d.y)).toBeLessThan(0.5);
  // Zoomed in, the dots grow and stay on the edge with it.
  const widthOf = async () => (await page.locator(dot).first().boundingBox())!.width;
  const before = await widthOf();
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(widthOf).toBeGreaterThan(before * 1.3);
  await expect
    .poll(async () => distanceFromEdge(page, 'users-hello', await centreOf(page, dot)))
    .toBeLessThan(1);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(dots).toBeHidden();
  // Badges still tell the story.
  await expect(page.getByTestId('badge-throttles-hello')).toHaveClass(/badge-throttle/);
  expect(errors).toEqual([]);
});

test('the scrubber looks back: charts and badges show the chosen moment, keys step it, Live follows again', async ({
  page,
}) => {
  const { errors } = await openThrottled(page);
  await runUntilThrottled(page, 40);
  const scrubber = page.getByTestId('scrubber');
  await expect(scrubber.getByTestId('scrubber-live')).toHaveAttribute('aria-pressed', 'true');
  await expect(scrubber.getByTestId('scrubber-readout')).toContainText('Live');

  // Keyboard: Home goes to the first seconds of the run.
  const moment = scrubber.getByRole('slider', { name: 'Moment shown (window end)' });
  // The steps below go to 0:22; a moment past what was recorded is clamped to the newest second,
  // so wait until the run has recorded more than that (a slow machine may not have yet).
  await expect
    .poll(async () => Number(await moment.getAttribute('aria-valuemax')), { timeout: 60_000 })
    .toBeGreaterThan(30);
  await moment.focus();
  await page.keyboard.press('Home');
  await expect(scrubber.getByTestId('scrubber-live')).toHaveAttribute('aria-pressed', 'false');
  await expect(moment).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByTestId('metrics-window')).toContainText('0:00 to 0:01 (scrubbed)');
  const early = await numberIn(page, 'badge-throttles-hello');
  const earlyTotal = await numberIn(page, 'total-throttles');
  expect(earlyTotal).toBe(early);
  expect(early).toBeLessThan(15);

  // Arrow keys step a second; Shift+Arrow ten.
  await page.keyboard.press('ArrowRight');
  await expect(moment).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(moment).toHaveAttribute('aria-valuenow', '22');
  await expect.poll(() => numberIn(page, 'badge-throttles-hello')).toBeGreaterThan(early);
  const at22 = await numberIn(page, 'badge-throttles-hello');
  // The moment holds still while the run goes on.
  await page.waitForTimeout(1200);
  expect(await numberIn(page, 'badge-throttles-hello')).toBe(at22);
  await expect(page.locator('[data-testid="chart-concurrency"] .chart-line').first()).toBeAttached();
  await page.screenshot({ path: `${SCREENSHOTS}/scrub-02-keyboard.png` });

  // The timeline and the lineage follow the moment too.
  await page.getByTestId('tab-timeline').click();
  await expect(page.getByTestId('timeline-count')).toContainText('at 0:23.0 (history)');
  await expect(page.getByTestId('timeline-lane').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/scrub-02b-timeline.png` });
  await page.getByTestId('tab-lineage').click();
  await expect(page.getByTestId('lineage-at')).toContainText('begun by 0:23.0');
  await page.getByTestId('tab-code').click();

  // Mouse: drag the window's end thumb to the middle of what was recorded.
  const track = await page.getByTestId('scrubber-track').boundingBox();
  const thumb = await page.getByTestId('scrubber-to').boundingBox();
  if (!track || !thumb) throw new Error('no scrubber');
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(thumb.x + i * 12, thumb.y + thumb.height / 2);
  await page.mouse.up();
  await expect.poll(async () => Number(await moment.getAttribute('aria-valuenow'))).toBeGreaterThan(22);

  // Live: back to following the run.
  await scrubber.getByTestId('scrubber-live').click();
  await expect(scrubber.getByTestId('scrubber-readout')).toContainText('Live');
  await expect(page.getByTestId('metrics-window')).toContainText('last 300 s');
  await expect.poll(() => numberIn(page, 'badge-throttles-hello')).toBeGreaterThan(at22);
  expect(errors).toEqual([]);
});

test('after the run has finished the scrubber still looks back, and End returns to live', async ({
  page,
}) => {
  const { errors } = await openThrottled(page);
  const speed = page.getByTestId('speed-select');
  await speed.selectOption({ index: (await speed.locator('option').count()) - 1 });
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  const final = await numberIn(page, 'total-throttles');
  expect(final).toBeGreaterThan(100);
  const moment = page.getByRole('slider', { name: 'Moment shown (window end)' });
  // A click on the strip at a quarter of the run (600 s) shows that moment.
  const track = await page.getByTestId('scrubber-track').boundingBox();
  if (!track) throw new Error('no track');
  await page.mouse.click(track.x + track.width * 0.25, track.y + track.height / 2);
  await expect.poll(async () => Number(await moment.getAttribute('aria-valuenow'))).toBeGreaterThan(130);
  expect(Number(await moment.getAttribute('aria-valuenow'))).toBeLessThan(170);
  await expect.poll(() => numberIn(page, 'total-throttles')).toBeLessThan(final);
  await moment.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('scrubber-readout')).toContainText('Live');
  await expect.poll(() => numberIn(page, 'total-throttles')).toBe(final);
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`"Why?" on the throttle badge names the reserved concurrency limit and opens the lineage (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { errors } = await openThrottled(page);
    await runUntilThrottled(page, 5);
    await page.getByTestId('pause-button').click();
    const badge = page.getByTestId('badge-throttles-hello');
    await expect(badge).toHaveRole('button');
    // Keyboard: the badge is a button reached by focus; Enter opens, Escape closes and gives focus back.
    await badge.focus();
    await page.keyboard.press('Enter');
    const why = page.getByRole('dialog', { name: /Why throttled/ });
    await expect(why).toBeVisible();
    await expect(why).toContainText('Reserved concurrency');
    await expect(why).toContainText('1: at most 1 at once');
    await expect(why.getByTestId('badge-why-latest')).toContainText(
      'throttled (ReservedFunctionConcurrentInvocationLimitExceeded)',
    );
    await expect(why.getByTestId('badge-why-latest')).toContainText(
      'all 1 reserved concurrency of this function is in use',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/scrub-03-why-${scheme}.png` });
    await page.keyboard.press('Escape');
    await expect(why).toBeHidden();
    await expect(badge).toBeFocused();

    await badge.click();
    await why.getByTestId('badge-why-lineage').click();
    await expect(why).toBeHidden();
    await expect(page.getByTestId('lineage-panel').getByTestId('trace-detail')).toContainText('throttled');
    await expect(page.getByTestId('lineage-panel').getByTestId('trace-detail')).toContainText(
      'all 1 reserved concurrency of this function is in use',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/scrub-04-lineage-${scheme}.png` });
    expect(errors).toEqual([]);
  });
}
