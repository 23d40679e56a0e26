import { expect, test } from '@playwright/test';
import { connect, editorText, openApp, replaceCode, SCREENSHOTS, waitForEditor } from './helpers';

test('opens with the ready scenario on the canvas and the editor loaded', async ({ page }) => {
  const { errors } = await openApp(page);
  await expect(page).toHaveTitle('Lambda Playground');
  await expect(page.getByTestId('client-node-users')).toContainText('Poisson');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await waitForEditor(page);
  await expect(page.getByTestId('code-editor')).toContainText('export const handler');
  await page.screenshot({ path: `${SCREENSHOTS}/01-open.png` });
  expect(errors).toEqual([]);
});

test('adds, selects, connects and deletes nodes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('palette-add-function').click();
  await expect(page.getByTestId('function-node-function-1')).toBeVisible();
  await expect(page.getByTestId('function-inspector')).toBeVisible();
  await expect(page.getByTestId('inspector-name')).toHaveValue('function-1');

  // Drag from the client's source handle to the new function's target handle.
  await connect(page, 'users', 'function-1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await page.getByTestId('palette-add-client').click();
  await expect(page.getByTestId('client-inspector')).toBeVisible();
  await page.getByTestId('traffic-pattern').selectOption('spike');
  await expect(page.getByTestId('traffic-peakPerSecond')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/02-edit-canvas.png` });

  // Delete key removes the selected node and its edges.
  await page.getByTestId('function-node-function-1').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('function-node-function-1')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('an invalid setting blocks the run and names the field', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('function-node-hello').click();
  await page.getByTestId('inspector-memory').fill('5');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('validation-errors')).toContainText('memoryMB');
  await expect(page.getByTestId('run-status')).toHaveText('Ready');
  await page.screenshot({ path: `${SCREENSHOTS}/06-validation.png` });
});

test('adds a file to the function and switches tabs', async ({ page }) => {
  await openApp(page);
  await waitForEditor(page);
  page.once('dialog', (dialog) => void dialog.accept('lib/util.mjs'));
  await page.getByTestId('file-add').click();
  await expect(page.getByTestId('file-tab-lib/util.mjs')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('file-tab-index.mjs').click();
  await expect(page.getByTestId('code-editor')).toContainText('export const handler');
});

test('files: rename (the handler setting follows), delete, Ctrl/⌘+S formats; a selected layer opens in the editor', async ({ page }) => {
  const { errors } = await openApp(page);
  await waitForEditor(page);
  page.once('dialog', (dialog) => void dialog.accept('lib/util.mjs'));
  await page.getByTestId('file-add').click();
  await expect(page.getByTestId('file-tab-lib/util.mjs')).toHaveAttribute('aria-selected', 'true');

  // Format on save.
  await replaceCode(page, 'export const x=1;\nconst y   =  {a:1,b:2}\n');
  await expect.poll(() => editorText(page)).toContain('{a:1,b:2}');
  await page.keyboard.press('ControlOrMeta+s');
  await expect.poll(() => editorText(page)).toMatch(/const\sy\s=\s\{\sa:\s1,\sb:\s2\s\}/);

  page.once('dialog', (dialog) => void dialog.accept('lib/helpers.mjs'));
  await page.getByTestId('file-rename').click();
  await expect(page.getByTestId('file-tab-lib/helpers.mjs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('file-tab-lib/util.mjs')).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('file-delete').click();
  await expect(page.getByTestId('file-tab-lib/helpers.mjs')).toHaveCount(0);
  await expect(page.getByTestId('file-delete')).toBeDisabled();

  // Renaming the handler's module moves the handler setting; the function still answers.
  page.once('dialog', (dialog) => void dialog.accept('main.mjs'));
  await page.getByTestId('file-rename').click();
  await expect(page.getByTestId('file-tab-main.mjs')).toBeVisible();
  await expect(page.getByTestId('code-panel')).toContainText('handler main.handler');
  await page.getByTestId('tab-test').click();
  await page.getByTestId('test-event').fill('{}');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(page.getByTestId('test-status-code')).toHaveText('200');

  // A layer's files open in the same editor while the layer is selected.
  await page.getByTestId('palette-add-layer').click();
  await page.getByTestId('layer-open-editor').click();
  await expect(page.getByTestId('code-panel')).toContainText('mounted at /opt');
  await expect(page.locator('[data-testid="code-editor"] .monaco-editor')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/02b-layer-in-editor.png` });
  expect(errors).toEqual([]);
});
