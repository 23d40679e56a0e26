// Attacks a malicious share link could carry, run as real handler code in the real sandbox.
// Each must fail; the app must keep its storage, stay on its page and stay responsive.
import { expect, test, type Page } from '@playwright/test';
import { openApp, replaceCode, SCREENSHOTS } from './helpers';

const CANARY = 'canary-secret-123';

async function plantCanaries(page: Page) {
  await page.evaluate(async (canary) => {
    localStorage.setItem('lp-canary', canary);
    document.cookie = `lp_canary=${canary}; path=/`;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('lp-canary-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => {
        const tx = open.result.transaction('s', 'readwrite');
        tx.objectStore('s').put(canary, 'k');
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, CANARY);
}

/** Put attack code in the function, invoke it from the Test tab, return the response text. */
async function invokeWith(page: Page, code: string): Promise<string> {
  await page.getByTestId('tab-code').click();
  await replaceCode(page, code);
  await page.getByTestId('tab-test').click();
  await page.getByTestId('test-event').fill('{}');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(page.getByTestId('test-status-code')).toBeVisible({ timeout: 60_000 });
  return (await page.getByTestId('test-payload').innerText()) + '\n' + (await page.getByTestId('test-logs').innerText());
}

// Reach the real global object the way hostile code would, past any shadowed names.
const REAL_GLOBAL = "const g = (0, eval)('this') || Function('return this')();";

test.describe('sandbox isolation against a malicious scenario', () => {
  test('handler code cannot read storage or cookies, touch the page, navigate, or reach the network', async ({ page }) => {
    const { errors } = await openApp(page);
    await plantCanaries(page);
    const probe = `${REAL_GLOBAL}
export const handler = async () => {
  const out = {};
  const attempt = async (name, fn) => { try { out[name] = String(await fn()); } catch (e) { out[name] = 'blocked: ' + (e && e.name); } };
  await attempt('localStorage', () => g.localStorage.getItem('lp-canary'));
  await attempt('cookie', () => g.document.cookie);
  await attempt('parentDom', () => g.parent.document.title);
  await attempt('indexedDB', () => new Promise((res, rej) => { const r = g.indexedDB.open('lp-canary-db'); r.onsuccess = () => res('opened ' + r.result.objectStoreNames.length); r.onerror = () => rej(r.error); }));
  await attempt('caches', () => g.caches.keys());
  await attempt('fetch', () => g.fetch('http://127.0.0.1:4173/').then((r) => r.status));
  await attempt('xhr', () => { const x = new g.XMLHttpRequest(); x.open('GET', 'http://127.0.0.1:4173/', false); x.send(); return x.status; });
  await attempt('navigate', () => { g.top.location.href = 'https://example.com/'; return 'assigned'; });
  await attempt('importScripts', () => g.importScripts('http://127.0.0.1:4173/x.js'));
  return out;
};`;
    const result = await invokeWith(page, probe);
    expect(result).not.toContain(CANARY);
    for (const name of ['localStorage', 'cookie', 'parentDom', 'indexedDB', 'caches', 'fetch', 'xhr', 'navigate', 'importScripts']) {
      expect(result, `${name} should be blocked`).toMatch(new RegExp(`"${name}":\\s*"blocked`));
    }
    // the app still has its data and its page
    expect(await page.evaluate(() => localStorage.getItem('lp-canary'))).toBe(CANARY);
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await page.screenshot({ path: `${SCREENSHOTS}/isolation-probe.png` });
    expect(errors).toEqual([]);
  });

  test('a runaway loop, a huge allocation and deep recursion are stopped; the app stays responsive and runs again', async ({ page }) => {
    await openApp(page);
    const loop = await invokeWith(page, 'export const handler = async () => { while (true) {} };');
    expect(loop).toContain('Sandbox.Timedout');
    // the page still answers while and after the sandbox was busy
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const recursion = await invokeWith(page, 'const f = (n) => f(n + 1) + 1;\nexport const handler = async () => f(0);');
    expect(recursion).toMatch(/RangeError|Maximum call stack/);
    const allocation = await invokeWith(
      page,
      'export const handler = async () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(7)); };',
    );
    expect(allocation).toMatch(/Sandbox.Timedout|Runtime\.OutOfMemory|RangeError|out of memory/i);
    // and ordinary code works again afterwards
    const ok = await invokeWith(page, 'export const handler = async () => ({ fine: true });');
    expect(ok).toContain('"fine": true');
    await page.screenshot({ path: `${SCREENSHOTS}/isolation-runaway.png` });
  });
});
