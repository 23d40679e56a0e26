import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * A box that has stopped moving. Layout and Fit wait 80 ms and then animate the viewport for
 * 200 ms; a drag measured in that window lands beside the handle. So: unchanged for 300 ms.
 */
async function settledBox(locator: Locator) {
  let last = await locator.boundingBox();
  let stillMs = 0;
  for (let i = 0; i < 60 && stillMs < 300; i += 1) {
    await locator.page().waitForTimeout(50);
    const box = await locator.boundingBox();
    const same = box && last && box.x === last.x && box.y === last.y && box.width === last.width;
    stillMs = same ? stillMs + 50 : 0;
    last = box;
  }
  if (!last || stillMs < 300) throw new Error('the handle did not stay still for 300 ms within 3 s');
  return last;
}

/** Drag from one node's source handle to another's target handle, as a person would. */
export async function connect(page: Page, from: string, to: string) {
  // A slow, stepped drag: on a busy machine React Flow can miss a drag that jumps straight to the target.
  const source = page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`);
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`);
  await source.scrollIntoViewIfNeeded();
  const a = await settledBox(source);
  const b = await settledBox(target);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.move(b.x + b.width / 2 + 1, b.y + b.height / 2, { steps: 2 });
  await page.mouse.up();
}
