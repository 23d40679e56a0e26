import { expect, test, type Page } from '@playwright/test';
import { openApp, replaceCode, SCREENSHOTS } from './helpers';

async function numberIn(page: Page, testId: string): Promise<number> {
  return Number((await page.getByTestId(testId).innerText()).replace(/[^0-9]/g, ''));
}

test('edited handler code runs: the chart draws and START/END/REPORT log lines appear', async ({ page }) => {
  const { errors } = await openApp(page);
  const code = [
    'let count = 0;',
    'export const handler = async (event, context) => {',
    '  count += 1;',
    "  console.log('hello from e2e', count);",
    '  await new Promise((resolve) => setTimeout(resolve, 150));',
    '  return { statusCode: 200, body: String(count) };',
    '};',
    '',
  ].join('\n');
  await replaceCode(page, code);
  await expect(page.getByTestId('code-editor')).toContainText("console.log('hello from e2e', count);");

  // Long enough that the run is still going when the test pauses it, even on a slow machine.
  await page.getByTestId('scenario-duration').fill('3600');
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText(/Running|Starting/);

  // The chart draws a line once there are two points.
  await expect(page.locator('[data-testid="chart-requests"] .chart-line').first()).toBeVisible();
  // A steady concurrency draws a flat line, which has no height (Playwright calls that hidden):
  // check the path has drawn segments instead.
  await expect(page.locator('[data-testid="chart-concurrency"] .chart-line').first()).toHaveAttribute('d', /[LC]/);
  // While the run goes, the concurrency chart ends in a dotted segment to the value right now.
  await expect(page.locator('[data-testid="chart-concurrency"] .chart-live circle')).toHaveCount(1);
  // Hovering a chart shows that second's exact values; leaving it hides them.
  const requests = page.getByTestId('chart-requests');
  await requests.locator('.chart-body').hover({ position: { x: 200, y: 60 } });
  await expect(requests.getByTestId('chart-tooltip')).toContainText(/second \d+/);
  await expect(requests.getByTestId('chart-tooltip')).toContainText(/Invocations : \d/);
  await page.mouse.move(5, 5);
  await expect(requests.getByTestId('chart-tooltip')).toHaveCount(0);
  const logs = page.getByTestId('log-panel');
  await expect(logs).toContainText('START RequestId:');
  await expect(logs).toContainText('END RequestId:');
  await expect(logs).toContainText('REPORT RequestId:');
  await expect(logs).toContainText('hello from e2e');
  await expect.poll(() => numberIn(page, 'total-invocations')).toBeGreaterThan(10);
  await expect.poll(() => numberIn(page, 'total-coldstarts')).toBeGreaterThan(0);
  await page.screenshot({ path: `${SCREENSHOTS}/03-running.png` });

  // Filter narrows the log to matching lines.
  await page.getByTestId('log-filter').fill('REPORT');
  await expect(page.getByTestId('log-line').first()).toContainText('REPORT');
  await page.getByTestId('log-filter').fill('');

  await page.getByTestId('pause-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  // An update already on its way when Pause was pressed may still land; after that the clock stands still.
  await page.waitForTimeout(400);
  const pausedAt = await page.getByTestId('sim-clock').innerText();
  await page.waitForTimeout(600);
  await expect(page.getByTestId('sim-clock')).toHaveText(pausedAt);

  await page.getByTestId('reset-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Ready');
  await expect(page.getByTestId('sim-clock')).toContainText('0:00.0 /');
  expect(errors).toEqual([]);
});

test('reserved concurrency 1 with 5 rps and a 1 s handler shows throttles', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('function-node-hello').click();
  await page.getByTestId('inspector-reserved').fill('1');
  // Keys typed in the editor belong to the editor: Backspace must not delete the selected node.
  await page.locator('[data-testid="code-editor"] .monaco-editor .view-lines').click();
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('function-node-hello')).toBeVisible();
  await replaceCode(
    page,
    'export const handler = async () => {\n  await new Promise((r) => setTimeout(r, 1000));\n  return { ok: true };\n};\n',
  );
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  await expect.poll(() => numberIn(page, 'total-throttles'), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('badge-throttles-hello')).toHaveClass(/badge-throttle/);
  await expect.poll(() => numberIn(page, 'max-concurrency')).toBe(1);
  await expect(page.locator('[data-testid="chart-requests"] .chart-line').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/04-throttles.png` });
});

test('Test tab invokes the function and shows the response and REPORT line', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('tab-test').click();
  await page.getByTestId('test-event').fill('{ "name": "e2e" }');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(page.getByTestId('test-status-code')).toHaveText('200');
  await expect(page.getByTestId('test-payload')).toContainText('statusCode');
  await expect(page.getByTestId('test-report')).toContainText('REPORT RequestId:');
  await expect(page.getByTestId('test-logs')).toContainText('START RequestId:');
  await page.screenshot({ path: `${SCREENSHOTS}/05-test-invoke.png` });
});

test('Step runs one simulated second at a time from a paused (or not yet started) run; 0.1× is slower than real time', async ({ page }) => {
  const { errors } = await openApp(page);
  await page.getByTestId('scenario-duration').fill('600');
  await page.getByTestId('step-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Paused');
  await expect(page.getByTestId('sim-clock')).toContainText('0:01.0 /');
  await page.getByTestId('step-button').click();
  await expect(page.getByTestId('sim-clock')).toContainText('0:02.0 /');
  // The stepped seconds reached the charts and the totals, and the run stays where it was put.
  await expect.poll(() => numberIn(page, 'total-invocations')).toBeGreaterThan(0);
  await page.waitForTimeout(700);
  await expect(page.getByTestId('sim-clock')).toContainText('0:02.0 /');
  await page.screenshot({ path: `${SCREENSHOTS}/03b-stepped.png` });

  // Resume at 0.1×: 1.5 s of wall time moves the clock well under a simulated second.
  await page.getByTestId('speed-select').selectOption('0.1');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await page.waitForTimeout(1500);
  await page.getByTestId('pause-button').click();
  const clock = await page.getByTestId('sim-clock').innerText();
  const [m, s] = clock.split(' ')[0].split(':');
  const seconds = Number(m) * 60 + Number(s);
  expect(seconds).toBeGreaterThan(2);
  expect(seconds).toBeLessThan(2.6);
  expect(errors).toEqual([]);
});

test('a run started by the page’s first click keeps the code as text until the person clicks it or the run pauses', async ({ page }) => {
  const { errors } = await openApp(page);
  const monaco = page.locator('[data-testid="code-editor"] .monaco-editor');
  const preview = page.locator('[data-testid="code-editor"] .editor-preview');
  // Run is the first interaction: Monaco would otherwise start loading now, in the run's tasks.
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  await expect.poll(() => numberIn(page, 'total-invocations')).toBeGreaterThan(0);
  await page.waitForTimeout(2000);
  await expect(monaco).toHaveCount(0);
  await expect(preview).toContainText('export const handler');
  await expect(preview).not.toContainText('Loading editor');

  // Pausing ends the live run: the editor comes.
  await page.getByTestId('pause-button').click();
  await expect(monaco).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('during a live run, a click on the code text loads the editor', async ({ page }) => {
  const { errors } = await openApp(page);
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  const box = await page.locator('[data-testid="code-editor"] .editor-preview pre').boundingBox();
  if (!box) throw new Error('no code preview');
  await page.mouse.click(box.x + 40, box.y + 10);
  await expect(page.locator('[data-testid="code-editor"] .monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  expect(errors).toEqual([]);
});

test('an editor still loading when Run is pressed waits for the run to stop', async ({ page }) => {
  // Monaco's module is held back, so Run is surely pressed while it loads (on any machine).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/editor\.api[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const { errors } = await openApp(page);
  const monaco = page.locator('[data-testid="code-editor"] .monaco-editor');
  await page.getByTestId('client-node-users').click();
  await expect(page.locator('[data-testid="code-editor"] .editor-preview-note')).toHaveText('Loading editor…');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Running');
  release();
  await expect.poll(() => numberIn(page, 'total-invocations')).toBeGreaterThan(0);
  await page.waitForTimeout(3000);
  await expect(monaco).toHaveCount(0);
  await expect(page.locator('[data-testid="code-editor"] .editor-preview-note')).toHaveText(/opens when the run stops/);
  await page.getByTestId('pause-button').click();
  await expect(monaco).toBeVisible({ timeout: 30_000 });
  expect(errors).toEqual([]);
});
