import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, SCREENSHOTS } from './helpers';

test('compare: two variants on the same seeded traffic give a diff table with the changed setting highlighted', async ({ page }) => {
  const { errors } = await openApp(page);
  await page.getByTestId('compare-button').click();
  const workspace = page.getByTestId('compare-workspace');
  await expect(workspace).toBeVisible();
  const tab = page.getByTestId('cmp-compare-tab');
  // Variants start as A = current settings (128 MB) and B = 1024 MB.
  await expect(tab.getByTestId('cmp-value-A-0')).toHaveValue('128');
  await expect(tab.getByTestId('cmp-value-B-0')).toHaveValue('1024');
  await tab.getByTestId('cmp-seconds').fill('10');
  await tab.getByTestId('cmp-run').click();
  await expect(tab.getByTestId('cmp-progress')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });

  const table = tab.getByTestId('cmp-diff-table');
  await expect(table).toBeVisible();
  const memoryRow = table.getByTestId('cmp-setting-row').first();
  await expect(memoryRow).toContainText('hello.memoryMB');
  await expect(memoryRow.locator('td').nth(1)).toHaveAttribute('data-differs', 'true');
  for (const id of ['fn.Invocations', 'fn.Errors', 'fn.Throttles', 'fn.ColdStarts', 'fn.Duration.p50', 'fn.Duration.p99', 'fn.GBSeconds', 'fn.CostUSD.total']) {
    await expect(table.getByTestId(`cmp-row-${id}`)).toBeVisible();
  }
  // Same seeded traffic: both variants served the same requests; 8x the memory costs more GB-s.
  const invocations = await table.getByTestId('cmp-row-fn.Invocations').locator('td').allInnerTexts();
  expect(invocations[0]).toBe(invocations[1]);
  await expect(table.getByTestId('cmp-row-fn.GBSeconds')).toHaveAttribute('data-differs', 'true');
  await expect(tab.locator('[data-testid="cmp-chart-ConcurrentExecutions-overlay"] .recharts-line-curve')).toHaveCount(2);
  await page.screenshot({ path: `${SCREENSHOTS}/compare-01-diff.png` });
  await tab.getByTestId('cmp-mode-side').check();
  await expect(tab.getByTestId('cmp-chart-Invocations-B')).toBeVisible();
  expect(errors).toEqual([]);
});

test('power tuning: a CPU-bound handler is slower at 128 MB than at 1,769 MB; cheapest and fastest are marked', async ({ page }) => {
  const scenario = JSON.parse(readFileSync('examples/cpu-bound.json', 'utf8'));
  // Lighter loop than the example (about 5 ms of CPU at 1 vCPU) so a loaded machine stays responsive.
  scenario.nodes[1].files['index.mjs'] = scenario.nodes[1].files['index.mjs'].replace('2e6', '5e5');
  await page.goto('/');
  await page.evaluate((s) => localStorage.setItem('lambda-playground:draft:v1', JSON.stringify(s)), scenario);
  await page.reload();
  await expect(page.getByTestId('function-node-crunch')).toBeVisible();

  await page.getByTestId('compare-button').click();
  await page.getByTestId('cmp-tab-tuning').click();
  const tab = page.getByTestId('cmp-tuning-tab');
  await tab.getByTestId('tuning-sizes').fill('128, 1769, 3008');
  await tab.getByTestId('cmp-seconds').fill('10');
  await tab.getByTestId('tuning-run').click();
  await expect(tab.getByTestId('tuning-progress')).toHaveAttribute('data-status', 'done', { timeout: 110_000 });

  const p50 = async (memoryMB: number) => Number(await tab.getByTestId(`tuning-p50-${memoryMB}`).getAttribute('data-value'));
  const [m128, m1769, m3008] = [await p50(128), await p50(1769), await p50(3008)];
  // Ideal ratio 13.8: a 128 MB function has 1/14 of a vCPU. (Above 1,769 MB the ideal is flat, but
  // measured CPU time on a loaded shared machine is too noisy to assert 1769 ≈ 3008 here; the
  // headless sweep in src/cli/simulate.test.ts checks that.)
  expect(m128).toBeGreaterThan(m1769 * 2);
  expect(m128).toBeGreaterThan(m3008 * 2);

  await expect(tab.getByTestId('tuning-cheapest')).toHaveText(/^\d+ MB$/);
  await expect(tab.getByTestId('tuning-fastest')).toHaveText(/^(1769|3008) MB$/);
  await expect(tab.getByTestId('tuning-table')).toContainText('cheapest');
  await expect(tab.getByTestId('tuning-table')).toContainText('fastest');
  // Measured points, no connecting lines.
  await expect(tab.locator('[data-testid="tuning-chart-duration"] .recharts-scatter-symbol')).toHaveCount(6);
  await expect(tab.locator('[data-testid="tuning-chart-duration"] .recharts-line-curve')).toHaveCount(0);
  await expect(tab).toContainText('1,769 MB');
  await page.screenshot({ path: `${SCREENSHOTS}/compare-02-tuning.png` });
});
