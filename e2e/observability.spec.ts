import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/scenarioTypes';
import { findLesson } from '../src/scenario/gallery/lessons';
import { openApp, SCREENSHOTS } from './helpers';

/** Open the app with a gallery lesson as the saved draft (what a user gets after loading it). */
async function openLesson(page: Page, id: string, edit: (s: Scenario) => Scenario = (s) => s) {
  const lesson = findLesson(id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  const draft = JSON.stringify(edit(structuredClone(lesson.scenario)));
  await page.addInitScript((text) => {
    // Also runs in the sandbox's opaque-origin frame, which has no storage.
    if (window === window.top) window.localStorage.setItem('lambda-playground:draft:v1', text);
  }, draft);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('run-button')).toBeEnabled();
  return { errors };
}

/** Run at the fastest speed until the run has finished. */
async function runToEnd(page: Page) {
  await page
    .getByTestId('speed-select')
    .selectOption({ index: (await page.getByTestId('speed-select').locator('option').count()) - 1 });
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
}

/** Start the default scenario at 10× and wait until some seconds are simulated. */
async function runFor(page: Page, invocations: number) {
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  await expect
    .poll(async () =>
      Number((await page.getByTestId('total-invocations').innerText()).replace(/[^0-9]/g, '')),
    )
    .toBeGreaterThan(invocations);
}

test('environment timeline: a lane per environment, hover shows times and request id, a click shows its log stream', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  await runFor(page, 40);
  await page.getByTestId('tab-timeline').click();
  const timeline = page.getByTestId('env-timeline');
  await expect(timeline.getByTestId('timeline-lane').first()).toBeVisible();
  await expect(timeline.getByTestId('timeline-count')).toContainText(/[1-9]\d* environments?/);

  const track = timeline.locator('.lane-track').first();
  const box = await track.boundingBox();
  if (!box) throw new Error('no lane track');
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(page.getByTestId('timeline-tooltip')).toContainText('environment #');
  await page.screenshot({ path: `${SCREENSHOTS}/obs-01-timeline.png` });

  // The newest environment's lines are still in the log buffer.
  await timeline.getByTestId('timeline-lane').last().click();
  await expect(page.getByTestId('env-log-stream')).toContainText('START RequestId:');
  await page.screenshot({ path: `${SCREENSHOTS}/obs-02-env-logs.png` });

  await page.getByTestId('timeline-function').selectOption({ label: 'All functions (compact)' });
  await expect(timeline.getByTestId('timeline-lane').first()).toBeVisible();
  // The view survives switching tabs.
  await page.getByTestId('tab-code').click();
  await page.getByTestId('tab-timeline').click();
  await expect(page.getByTestId('timeline-function')).toHaveValue('*all*');
  expect(errors).toEqual([]);
});

test('account concurrency view: the limit split into reserved, provisioned and unreserved, filling with busy counts', async ({
  page,
}) => {
  const { errors } = await openLesson(page, 'provisioned-concurrency', (s) => ({
    ...s,
    nodes: s.nodes.map((n) => (n.id === 'onDemand' ? { ...n, reservedConcurrency: 200 } : n)),
  }));
  await page.getByTestId('tab-account').click();
  const panel = page.getByTestId('account-panel');
  // Before a run: the settings alone.
  await expect(panel.getByTestId('pool-reserved')).toBeVisible();
  await expect(panel.getByTestId('pool-unreserved')).toBeVisible();
  await expect(panel).toContainText('restaurant');
  await page.getByTestId('speed-select').selectOption('1');
  await page.getByTestId('run-button').click();
  await expect(panel.getByTestId('account-busy')).toContainText(/^[1-9]\d* busy of 1,000/, {
    timeout: 30_000,
  });
  await expect(panel.getByTestId('pool-provisioned')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/obs-03-account.png` });
  await page.getByTestId('pause-button').click();
  expect(errors).toEqual([]);
});

test('lineage: a message path step by step with the deciding rule, linked invocations, and a filter', async ({
  page,
}) => {
  const { errors } = await openLesson(page, 'sqs-batches');
  await runToEnd(page);
  await page.getByTestId('tab-lineage').click();
  const panel = page.getByTestId('lineage-panel');
  await expect(panel.getByTestId('trace-item').first()).toBeVisible();
  await panel.getByTestId('lineage-tag').selectOption('retry');
  await panel.getByTestId('trace-item').first().click();
  await expect(panel.getByTestId('trace-step').first()).toBeVisible();
  await expect(panel.getByTestId('trace-rule').first()).toContainText('redrive');
  const messageId = await panel.getByTestId('trace-id').innerText();
  await expect(panel.getByTestId('trace-links')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/obs-04-lineage.png` });
  // Follow the link to the invocation that carried the message.
  await panel.getByTestId('trace-links').getByRole('button').first().click();
  await expect(panel.getByTestId('trace-id')).not.toHaveText(messageId);
  await expect(panel.getByTestId('trace-detail')).toContainText('invoked');
  await panel.getByTestId('lineage-filter').fill('no such id');
  await expect(panel.getByTestId('trace-list')).toContainText('Nothing matches.');
  expect(errors).toEqual([]);
});

test('charts: failures, concurrency split, cold starts, queues; "Why?" names the rule; PNG and CSV export; cost from the report', async ({
  page,
}) => {
  const { errors } = await openLesson(page, 'reserved-concurrency');
  await runToEnd(page);
  await page.getByTestId('tab-charts').click();
  const panel = page.getByTestId('charts-panel');
  // A flat line has no height, so check that it is drawn rather than visible.
  await expect(panel.locator('[data-testid="chart-failures"] .recharts-line-curve').first()).toBeAttached();
  await expect(panel.getByTestId('chart-concurrency-split')).toBeVisible();
  await expect(panel.getByTestId('cost-table')).toContainText('Cost of this run');
  // Per-second duration percentiles, init duration and the cost accumulating, from the engine's samples.
  await expect(panel.getByTestId('chart-duration')).toContainText('Duration p90 (ms)');
  await expect(panel.locator('[data-testid="chart-duration"] .recharts-line-curve').first()).toBeAttached();
  await expect(panel.getByTestId('chart-init')).toBeVisible();
  await expect(panel.locator('[data-testid="chart-cost"] .recharts-line-curve').first()).toBeAttached();

  const csv = page.waitForEvent('download');
  await panel.getByTestId('chart-failures-csv').click();
  expect((await csv).suggestedFilename()).toBe('errors-throttles-and-retries-per-second.csv');
  const png = page.waitForEvent('download');
  await panel.getByTestId('chart-failures-png').click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);

  // Pick the function that is throttled, then ask why.
  const options = await panel.getByTestId('charts-function').locator('option').allInnerTexts();
  for (const name of options) {
    await panel.getByTestId('charts-function').selectOption({ label: name });
    if (await panel.getByTestId('why-throttled').isVisible()) break;
  }
  await panel.getByTestId('why-throttled').click();
  await expect(panel.getByTestId('why-pop')).toContainText('reserved concurrency');
  await page.screenshot({ path: `${SCREENSHOTS}/obs-05-charts.png` });
  await panel.getByTestId('why-pop').getByRole('button', { name: 'Show its path' }).click();
  await expect(page.getByTestId('lineage-panel').getByTestId('trace-detail')).toContainText('throttled');
  expect(errors).toEqual([]);
});

test('data views: items in tables and the newest records of each stream shard', async ({ page }) => {
  const { errors } = await openLesson(page, 'use-case-iot-stream');
  await runToEnd(page);
  await page.getByTestId('tab-data').click();
  const panel = page.getByTestId('data-panel');
  await panel.getByTestId('data-resource-table').first().click();
  await expect(panel.getByTestId('data-detail').getByTestId('data-row').first()).toBeVisible();
  await panel.getByTestId('data-resource-stream').first().click();
  await expect(panel.getByTestId('data-detail')).toContainText('shardId-');
  await expect(panel.getByTestId('data-detail').getByTestId('data-row').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/obs-06-data.png` });
  expect(errors).toEqual([]);
});

test('data views: SecureString parameters are masked', async ({ page }) => {
  await openLesson(page, 'parameter-store');
  await runToEnd(page);
  await page.getByTestId('tab-data').click();
  const panel = page.getByTestId('data-panel');
  await panel.getByTestId('data-resource-parameters').click();
  await expect(panel.getByTestId('data-detail')).toContainText('SecureString');
  await expect(panel.getByTestId('data-detail')).toContainText('••••••');
});

test('logs: filter by level, click a request id to see only its lines, then open its path', async ({
  page,
}) => {
  const { errors } = await openApp(page);
  await runToEnd(page);
  const logs = page.getByTestId('log-panel');
  await logs.getByTestId('log-level').selectOption('INFO');
  await expect(logs.getByTestId('log-line').first()).toContainText('INFO');
  await logs.getByTestId('log-level').selectOption('');
  // textContent: lines off screen skip rendering (content-visibility), so innerText may be empty.
  const id = (await logs.getByTestId('log-request-id').last().textContent()) ?? '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  await logs.getByTestId('log-request-id').last().click();
  await expect(logs.getByTestId('log-request-filter')).toContainText(id);
  for (const line of await logs.getByTestId('log-line').allTextContents()) expect(line).toContain(id);
  await page.screenshot({ path: `${SCREENSHOTS}/obs-07-log-request.png` });
  await logs.getByRole('button', { name: 'Why? Show its path' }).click();
  await expect(page.getByTestId('lineage-panel').getByTestId('trace-id')).toHaveText(id);
  await expect(page.getByTestId('lineage-panel').getByTestId('trace-detail')).toContainText('invoked');
  await logs.getByRole('button', { name: 'Show all requests again' }).click();
  await expect(logs.getByTestId('log-request-filter')).toBeHidden();
  expect(errors).toEqual([]);
});

test('data views: SQS messages with their state and receive count', async ({ page }) => {
  await openLesson(page, 'sqs-batches');
  await runToEnd(page);
  await page.getByTestId('tab-data').click();
  const panel = page.getByTestId('data-panel');
  await expect(panel.getByTestId('data-resource-queue')).toHaveCount(4);
  await panel.getByTestId('data-resource-queue').first().click();
  await expect(panel.getByTestId('data-detail')).toContainText(/\d+ visible, \d+ in flight/);
  await expect(panel.getByTestId('data-detail')).toContainText('Receive count');
});

test('the code panel names the event type the wiring implies and types the handler with @types/aws-lambda', async ({ page }) => {
  const { errors } = await openLesson(page, 'sqs-batches');
  await page.getByTestId('function-node-partial').click();
  await page.getByTestId('tab-code').click();
  await expect(page.getByTestId('event-type')).toContainText('event SQSEvent');
  await page.getByTestId('add-handler-type').click();
  await expect(page.getByTestId('add-handler-type')).toHaveCount(0);
  const editor = page.locator('[data-testid="code-editor"]');
  await expect(editor).toContainText("@type {import('aws-lambda').SQSHandler}");
  // Monaco's TypeScript service now knows event.Records: a hover on `event` shows SQSEvent.
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  const word = editor.locator('.view-line', { hasText: 'export const handler' }).getByText('event', { exact: true }).first();
  await expect(async () => {
    await word.hover();
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('event: SQSEvent', { timeout: 3000 });
  }).toPass({ timeout: 45_000 });
  await page.screenshot({ path: `${SCREENSHOTS}/obs-07-typed-handler.png` });
  expect(errors).toEqual([]);
});
