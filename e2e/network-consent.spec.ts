// A scenario asking for network (sandbox.network): the user is asked on every Run, "Run without
// network" keeps fetch failing with a message naming the rule, "Allow" lets it reach exactly the
// listed host. The fetch target is a tiny CORS-enabled server this spec owns (the sandbox's
// requests come from an opaque origin, and the preview server answers no CORS).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Scenario } from '../src/engine/scenarioTypes';
import { encodeShareLink } from '../src/scenario/share/encodeShareLink';
import { SCREENSHOTS } from './helpers';

let server: Server;
let port = 0;
let hits = 0;
let rawHits = 0;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/raw') rawHits++;
    else hits++;
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('pong');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
test.afterAll(() => server.close());

function asking(targetPort: number, previewOrigin: string): Scenario {
  const code = `export const handler = async () => {
  for (const url of ['http://127.0.0.1:${targetPort}/ping', '${previewOrigin}/favicon.svg']) {
    try {
      const res = await fetch(url);
      console.log('fetched', url, 'status', res.status, await res.text());
    } catch (e) {
      console.log('fetch error', url, e.message);
    }
  }
  // Past the runtime's own check, straight to the thread's fetch: only the CSP stands in the way
  // (same CORS-enabled server under a host name that is not listed).
  const g = (0, eval)('this');
  try {
    const res = await g.fetch('http://localhost:${targetPort}/raw');
    console.log('raw fetch reached the server', res.status);
  } catch (e) {
    console.log('raw fetch blocked', e.name);
  }
  return { ok: true };
};`;
  return {
    version: 1,
    name: 'Weather lookup',
    durationSeconds: 2,
    cpu: 'ignored',
    sandbox: { network: { allow: [`http://127.0.0.1:${targetPort}`], reason: 'reads the e2e test server' } },
    nodes: [
      { id: 'users', kind: 'client', name: 'Users', position: { x: 60, y: 160 }, traffic: { pattern: 'constant', ratePerSecond: 1 } },
      { id: 'hello', kind: 'function', name: 'hello', position: { x: 420, y: 140 }, files: { 'index.mjs': code } },
    ],
    edges: [{ id: 'e1', from: 'users', to: 'hello', kind: 'invoke' }],
  };
}

test('a scenario asking for network is asked about on every run; only the allowed host is reachable', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const previewOrigin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const link = await encodeShareLink(asking(port, previewOrigin));
  await page.goto(`/#${link}`);
  await expect(page.getByTestId('function-node-hello')).toBeVisible();

  // Run -> the dialog names the scenario, that it came from a link, the host and the reason.
  await page.getByTestId('run-button').click();
  const dialog = page.getByTestId('network-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('network-scenario-name')).toHaveText('“Weather lookup”');
  await expect(page.getByTestId('network-from-link')).toBeVisible();
  await expect(page.getByTestId('network-hosts')).toHaveText(`http://127.0.0.1:${port}`);
  await expect(page.getByTestId('network-reason')).toHaveText('reads the e2e test server');
  await expect(page.getByTestId('network-deny')).toBeFocused();
  await page.screenshot({ path: `${SCREENSHOTS}/50-network-consent.png` });

  // Run without network: fetch fails with the rule, the server sees nothing.
  await page.getByTestId('network-deny').click();
  await expect(dialog).toBeHidden();
  const logs = page.getByTestId('log-panel');
  await expect(logs).toContainText(
    `fetch error http://127.0.0.1:${port}/ping fetch failed: network access is off for this run; you chose "Run without network"`,
  );
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  await expect(page.getByTestId('network-on')).toBeHidden();
  expect(hits).toBe(0);

  // The next Run asks again; allowed, the listed host answers and the preview server (not listed) is refused.
  await page.getByTestId('reset-button').click();
  await page.getByTestId('run-button').click();
  await expect(dialog).toBeVisible();
  await page.getByTestId('network-allow').click();
  await expect(page.getByTestId('network-on')).toBeVisible();
  await expect(logs).toContainText(`fetched http://127.0.0.1:${port}/ping status 200 pong`);
  await expect(logs).toContainText(
    `fetch error ${previewOrigin}/favicon.svg fetch failed: network access to ${previewOrigin} is not allowed; this scenario may reach only http://127.0.0.1:${port} (sandbox.network.allow)`,
  );
  await expect(logs).toContainText('raw fetch blocked TypeError');
  await expect(page.getByTestId('run-status')).toHaveText('Finished', { timeout: 60_000 });
  await expect(logs).not.toContainText('raw fetch reached');
  expect(hits).toBeGreaterThan(0);
  expect(rawHits).toBe(0);

  // And again after that: never remembered.
  await page.getByTestId('reset-button').click();
  await page.getByTestId('run-button').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('run-status')).toHaveText('Ready');

  // The Test tab asks too, naming the invoke; allowed, the listed host answers there as well.
  await page.getByTestId('tab-test').click();
  await page.getByTestId('test-event').fill('{}');
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('network-allow')).toHaveText('Allow for this test invoke');
  await page.getByTestId('network-allow').click();
  await expect(page.getByTestId('test-logs')).toContainText(`fetched http://127.0.0.1:${port}/ping status 200 pong`);
  await page.getByTestId('test-event').press('ControlOrMeta+Enter');
  await expect(dialog).toBeVisible();
  await page.getByTestId('network-deny').click();
  await expect(page.getByTestId('test-logs')).toContainText('you chose "Run without network"');
  expect(errors).toEqual([]);
});
