import { expect, type Page } from '@playwright/test';

export const SCREENSHOTS = 'e2e/screenshots';

/** Open the app and wait until the default scenario is on the canvas. */
export async function openApp(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('client-node-users')).toBeVisible();
  await expect(page.getByTestId('function-node-hello')).toBeVisible();
  return { errors };
}

/**
 * Wait until Monaco has mounted in the code panel. The app loads Monaco on the page's first
 * interaction and shows the code as text until then: click that text, as a person about to edit would.
 */
export async function waitForEditor(page: Page) {
  // A plain mouse click at the text's place, not locator.click(): the text is removed the moment
  // Monaco is ready, and a locator click would keep waiting for it to come back.
  const preview = page.locator('[data-testid="code-editor"] .editor-preview pre');
  const box = (await preview.count()) ? await preview.boundingBox({ timeout: 2000 }).catch(() => null) : null;
  if (box) await page.mouse.click(box.x + 40, box.y + 10);
  await expect(page.locator('[data-testid="code-editor"] .monaco-editor')).toBeVisible({ timeout: 30_000 });
}

/**
 * Replace the open file's code. Monaco 0.57 types through EditContext, where keyboard typing of
 * multi-line code gets re-indented; a paste event round-trips the text exactly.
 */
export async function replaceCode(page: Page, code: string) {
  await waitForEditor(page);
  await page.locator('[data-testid="code-editor"] .monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, code);
}

/** The code Monaco currently shows, read from its model (not the DOM, which only renders visible lines). */
export async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="code-editor"] .view-lines').innerText();
}
