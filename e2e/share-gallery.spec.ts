import { expect, test } from '@playwright/test';
import { openApp, SCREENSHOTS } from './helpers';

test('a share link opens the same scenario in a fresh page, with the sandbox banner', async ({
  page,
  context,
}) => {
  await openApp(page);
  await page.getByTestId('palette-add-sqsQueue').click();
  await page.getByTestId('inspector-name').fill('orders');
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#s1\./);
  await expect(page.getByTestId('share-length')).toContainText(
    `${link.length.toLocaleString('en-US')} characters`,
  );
  await expect(page.getByTestId('share-warning')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/30-share.png` });

  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('link-banner')).toContainText('from a link');
  await expect(other.getByTestId('link-banner')).toContainText('sandboxed');
  await expect(other.getByTestId('service-node-queue-1')).toContainText('orders');
  await expect(other.getByTestId('function-node-hello')).toBeVisible();
  await other.screenshot({ path: `${SCREENSHOTS}/31-opened-link.png` });
  await fresh.close();
});

test('a tampered or future link shows an error and keeps the work', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('palette-add-snsTopic').click();
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.getByTestId('dialog-close').click();

  const payload = link.slice(link.indexOf('#') + 1);
  const tampered = `${payload.slice(0, 20)}${payload.slice(20, 40).split('').reverse().join('')}${payload.slice(40)}`;
  await page.goto(`/#${tampered}`);
  await expect(page.getByTestId('link-error')).toContainText('unchanged');
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/32-tampered-link.png` });

  await page.goto('/#s9.AAAA');
  await expect(page.getByTestId('link-error')).toContainText('newer version');
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();
});

test('the welcome screen and the gallery open lessons with their text', async ({ page }) => {
  await page.goto('/?welcome');
  await expect(page.getByTestId('welcome-dialog')).toBeVisible();
  await expect(page.getByTestId('lesson-list').locator('li')).not.toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/33-welcome.png` });
  await page.getByTestId('welcome-dialog').getByTestId('lesson-list').locator('button').first().click();
  await expect(page.getByTestId('welcome-dialog')).toHaveCount(0);
  await expect(page.getByTestId('lesson-panel')).toContainText('Lesson 1/');
  await expect(page.getByTestId('lesson-text-tryThis')).not.toBeEmpty();

  await page.getByTestId('open-gallery').click();
  await page.getByTestId('lesson-sqs-batches').click();
  await expect(page.getByTestId('lesson-title')).toContainText('SQS');
  await page.getByTestId('lesson-tab-why').click();
  await expect(page.getByTestId('lesson-text-why')).toContainText('visibility timeout');
  await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/34-lesson.png` });

  // The work replaced by a lesson is kept in My scenarios.
  await page.getByTestId('file-menu').click();
  await page.getByTestId('open-saved').click();
  await expect(page.getByTestId('saved-item').first()).toContainText('before a lesson');
});

test('imports a scenario file and a SAM template, naming what it did not understand', async ({ page }) => {
  await openApp(page);
  const scenario = {
    version: 1,
    name: 'From a file',
    nodes: [{ id: 'q', kind: 'sqsQueue', name: 'jobs' }],
    edges: [],
  };
  await page.getByTestId('import-file').setInputFiles({
    name: 'jobs.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(scenario)),
  });
  await expect(page.getByTestId('link-banner')).toContainText('Opened jobs.json');
  await expect(page.getByTestId('service-node-q')).toContainText('jobs');

  await page.getByTestId('import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"version": 1, "name": "x", "nodes": [{"id": "f", "kind": "function", "name": "f", "files": {}, "memoryMB": 5}], "edges": []}',
    ),
  });
  await expect(page.getByTestId('link-error')).toContainText('unchanged');
  await expect(page.getByTestId('link-error')).toContainText('memoryMB');
  await expect(page.getByTestId('service-node-q')).toBeVisible();

  const template = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => 'ok';"
      MemorySize: 256
  Bucket:
    Type: AWS::S3::Bucket
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties: {}
`;
  await page.getByTestId('import-file').setInputFiles({
    name: 'template.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(template),
  });
  await expect(page.getByTestId('link-banner')).toContainText('Imported template.yaml');
  await expect(page.getByTestId('link-banner')).toContainText('Alarm');
  await expect(page.locator('[data-testid^="function-node-"]')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/35-sam-import.png` });
});
