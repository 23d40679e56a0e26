// LoggingConfig in the app: switching a function to JSON logs changes what its console lines and
// platform records look like, in the Test tab and in a run's log panel; Max Memory Used is
// labelled as an estimate.
import { expect, test } from '@playwright/test';
import { openApp, replaceCode, SCREENSHOTS } from './helpers';

test('JSON log format: Lambda JSON lines in the Test tab and readable records in the log panel', async ({ page }) => {
  const { errors } = await openApp(page);
  await replaceCode(
    page,
    "export const handler = async () => {\n  console.debug('hidden at INFO');\n  console.log({ order: 7 });\n  console.warn('careful');\n  return { ok: true };\n};\n",
  );
  await page.getByTestId('function-node-hello').click();
  await page.getByTestId('inspector-log-format').selectOption('JSON');
  await expect(page.getByTestId('inspector-app-log-level')).toHaveValue('INFO');

  await page.getByTestId('tab-test').click();
  await page.getByTestId('test-event').fill('{}');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(page.getByTestId('test-status-code')).toHaveText('200');
  const testLogs = page.getByTestId('test-logs');
  await expect(testLogs).toContainText('"type":"platform.start"');
  await expect(testLogs).toContainText(/"level":"INFO","requestId":"[0-9a-f-]{36}","message":\{"order":7\}/);
  await expect(testLogs).toContainText('"level":"WARN"');
  await expect(testLogs).not.toContainText('hidden at INFO');
  await expect(page.getByTestId('test-report')).toContainText('"type":"platform.report"');
  await expect(page.getByTestId('test-report-note')).toContainText('Max Memory Used is an estimate');

  // DEBUG shows the debug line on the next invoke.
  await page.getByTestId('inspector-app-log-level').selectOption('DEBUG');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(testLogs).toContainText('"level":"DEBUG"');

  // A run: the log panel shows JSON records by level/type with key: value pairs.
  await page.getByTestId('speed-select').selectOption('10');
  await page.getByTestId('run-button').click();
  const report = page.getByTestId('log-json').filter({ hasText: 'platform.report' }).first();
  await expect(report).toContainText('maxMemoryUsedMB:');
  await expect(report.locator('xpath=..')).toHaveAttribute('title', /Max Memory Used is an estimate/);
  const warn = page.getByTestId('log-json').filter({ hasText: 'careful' }).first();
  await expect(warn.locator('.log-json-head')).toHaveText('WARN');
  await expect(warn.getByTestId('log-request-id')).toHaveText(/^[0-9a-f-]{36}$/);
  await page.screenshot({ path: `${SCREENSHOTS}/51-json-logs.png` });
  await page.getByTestId('reset-button').click();
  expect(errors).toEqual([]);
});
