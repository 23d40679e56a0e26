// Same scenario + seed + cpu 'ignored' => byte-identical report in Node and in the browser.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { runHeadless } from '../src/cli/runHeadless';
import { parseScenarioText } from '../src/scenario/parseScenario';
import { openApp } from './helpers';

test('the browser sandbox and the Node CLI produce the identical report', async ({ page }) => {
  const parsed = parseScenarioText(readFileSync('examples/hello.json', 'utf8'));
  if (!parsed.ok) throw new Error('example invalid');
  const scenario = { ...parsed.scenario, durationSeconds: 60 };
  const nodeReport = await runHeadless(scenario);
  await openApp(page);
  const browserReport = await page.evaluate(
    (s) => (window as unknown as { lambdaPlayground: { runHeadless(x: unknown): Promise<unknown> } }).lambdaPlayground.runHeadless(s),
    scenario,
  );
  expect(JSON.stringify(browserReport)).toBe(JSON.stringify(nodeReport));
  expect(nodeReport.functions.hello.Invocations).toBeGreaterThan(200);
});
