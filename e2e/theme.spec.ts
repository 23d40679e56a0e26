import { expect, test } from '@playwright/test';
import { openApp, SCREENSHOTS, waitForEditor } from './helpers';

test.use({ colorScheme: 'dark' });

test('dark theme: panels, canvas and editor follow the OS setting', async ({ page }) => {
  await openApp(page);
  await waitForEditor(page);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 19, 24)');
  await expect(page.locator('.react-flow.dark')).toBeVisible();
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible(); // lp-dark is based on vs-dark
  await page.getByTestId('speed-select').selectOption('100');
  await page.getByTestId('run-button').click();
  await expect(page.locator('[data-testid="chart-requests"] .chart-line').first()).toBeVisible();
  await page.getByTestId('function-node-hello').click();
  await page.screenshot({ path: `${SCREENSHOTS}/07-dark.png` });
});
