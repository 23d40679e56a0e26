import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, SCREENSHOTS } from './helpers';

// axe-core's WCAG 2.x A/AA rules and its best practices, over the views a student goes through.
// A violation is reported with the rule, the elements and axe's reason, so a failure says what to fix.
// The dark theme changes only colours, so there only the contrast rule runs (a full scan is ~3 s a view here).
async function expectNoViolations(page: Page, view: string) {
  const scheme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  const axe = new AxeBuilder({ page });
  const { violations } = await (scheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
  const found = violations.map(
    (v) => `${view}: [${v.impact}] ${v.id} (${v.help}) at ${v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(' '))
      .join(', ')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

async function invokeOnce(page: Page) {
  await openTab(page, 'Test');
  await page.getByTestId('test-invoke').click();
  await expect(page.getByTestId('test-result')).toBeVisible({ timeout: 30_000 });
}

async function runToTheEnd(page: Page) {
  await page.getByTestId('speed-select').selectOption('max');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('run-status')).toHaveText(/Finished/, { timeout: 60_000 });
}

test.describe('light theme', () => {
  test.use({ colorScheme: 'light', viewport: { width: 1280, height: 720 } });

  test('no axe violations in the main views', async ({ page }) => {
    const { errors } = await openApp(page);
    await expectNoViolations(page, 'first load');

    await page.getByTestId('function-node-hello').click();
    await expect(page.getByTestId('function-inspector')).toBeVisible();
    await expectNoViolations(page, 'function inspector');

    await runToTheEnd(page);
    for (const tab of ['Timeline', 'Account', 'Lineage', 'Charts', 'Data']) {
      await openTab(page, tab);
      await expectNoViolations(page, `${tab} tab after a run`);
    }

    await invokeOnce(page);
    await expectNoViolations(page, 'test invoke result');
    await page.screenshot({ path: `${SCREENSHOTS}/a11y-light.png` });

    await page.getByTestId('compare-button').click();
    await expect(page.getByTestId('compare-workspace')).toBeVisible();
    for (const tab of ['compare', 'tuning', 'traffic', 'cost']) {
      await page.getByTestId(`cmp-tab-${tab}`).click();
      await expectNoViolations(page, `compare workspace, ${tab} tab`);
    }
    await page.getByTestId('compare-close').click();

    await page.getByTestId('open-gallery').click();
    await expect(page.getByTestId('lesson-list')).toBeVisible();
    await expectNoViolations(page, 'lesson gallery');

    await page.goto('/?welcome');
    await expect(page.getByTestId('welcome-dialog')).toBeVisible();
    await expectNoViolations(page, 'welcome screen');
    expect(errors).toEqual([]);
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });

  test('text keeps 4.5:1 contrast in the dark theme', async ({ page }) => {
    const { errors } = await openApp(page);
    await page.getByTestId('function-node-hello').click();
    await expect(page.getByTestId('function-inspector')).toBeVisible();
    await expectNoViolations(page, 'function inspector');
    await runToTheEnd(page);
    await openTab(page, 'Timeline');
    await expectNoViolations(page, 'Timeline tab after a run');
    await invokeOnce(page);
    await expectNoViolations(page, 'test invoke result');
    await page.screenshot({ path: `${SCREENSHOTS}/a11y-dark.png` });
    expect(errors).toEqual([]);
  });
});
