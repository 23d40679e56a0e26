import { expect, test } from '@playwright/test';
import { connect, openApp, SCREENSHOTS, waitForEditor } from './helpers';

test('adds nodes of every family, connects them by kind, refuses a forbidden pair', async ({ page }) => {
  const { errors } = await openApp(page);
  // Let the editor chunk finish loading first: dragging while it parses makes drags flaky on slow machines.
  await waitForEditor(page);
  for (const kind of ['sqsQueue', 'dynamodbTable', 'apiGateway', 'eventBridgeRule', 'parameter', 'layer']) {
    await page.getByTestId(`palette-add-${kind}`).click();
  }
  await expect(page.getByTestId('service-node-queue-1')).toContainText('SQS queue');
  await expect(page.getByTestId('service-node-table-1')).toContainText('stream NEW_AND_OLD_IMAGES');
  await expect(page.getByTestId('service-node-rule-1')).toContainText('rate(1 minute)');
  // Drag from the palette onto the canvas.
  await page.getByTestId('palette-add-kinesisStream').dragTo(page.locator('.react-flow__pane'), {
    targetPosition: { x: 200, y: 250 },
  });
  await expect(page.getByTestId('service-node-stream-1')).toContainText('1 shard(s)');
  await page.getByTestId('auto-layout').click();

  // Several kinds fit function -> queue: the picker asks.
  await connect(page, 'hello', 'queue-1');
  await expect(page.getByTestId('connection-picker')).toBeVisible();
  await page.getByTestId('pick-deadLetter').click();
  await expect(page.getByTestId('edge-label-hello-queue-1')).toHaveText('deadLetter');

  // One kind fits queue -> function: connected at once, drawn as a polled mapping.
  await connect(page, 'queue-1', 'hello');
  await expect(page.getByTestId('edge-label-queue-1-hello')).toContainText('poll');

  // AWS has no API Gateway -> SQS integration here: refused with a reason.
  await connect(page, 'api-1', 'queue-1');
  await expect(page.getByTestId('canvas-notice')).toContainText('API Gateway');
  await expect(page.getByTestId('edge-label-api-1-queue-1')).toHaveCount(0);
  await page.getByTestId('auto-layout').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENSHOTS}/20-canvas-breadth.png` });
  expect(errors).toEqual([]);
});

test('undo and redo, also after a reload; copy and paste with new ids', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('palette-add-sqsQueue').click();
  await page.getByTestId('palette-add-snsTopic').click();
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 200 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('service-node-topic-1')).toHaveCount(0);
  await expect(page.getByTestId('service-node-queue-1')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();

  // The history lives in sessionStorage: it survives a reload.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('service-node-topic-1')).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('service-node-topic-1')).toBeVisible();

  // Copy the client and the function together: the copy gets new ids and its own edge.
  await page.getByTestId('client-node-users').click();
  await page.getByTestId('function-node-hello').click({ modifiers: ['Shift'] });
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByTestId('client-node-client-1')).toBeVisible();
  await expect(page.getByTestId('function-node-function-1')).toBeVisible();
  await expect(page.getByTestId('edge-label-client-1-function-1')).toHaveText('invoke');
});

test('inspector forms validate as you type and explain each setting', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('function-node-hello').click();
  await expect(page.getByTestId('function-inspector')).toContainText('pre-prepared');
  await page.getByTestId('inspector-memory').fill('64');
  await expect(page.getByTestId('function-inspector').getByTestId('field-error').first()).toHaveText(
    'must be between 128 and 10240',
  );
  await page.getByTestId('inspector-memory').fill('1024');
  await expect(page.getByTestId('function-inspector').getByTestId('field-error')).toHaveCount(0);
  await expect(page.getByTestId('function-node-hello')).toContainText('1024 MB');

  await page.getByTestId('palette-add-kinesisStream').click();
  await page.getByTestId('kinesisStream-inspector').getByLabel('Shards').fill('0');
  await expect(page.getByTestId('kinesisStream-inspector').getByTestId('field-error')).toContainText(
    'between 1 and 500',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/21-inspector-validation.png` });

  // Edge settings: select a connection, get its mapping settings.
  await page.getByTestId('kinesisStream-inspector').getByLabel('Shards').fill('2');
  await connect(page, 'stream-1', 'hello');
  await page.getByTestId('edge-label-stream-1-hello').click();
  await expect(page.getByTestId('edge-inspector')).toContainText('Starting position');
  await page.getByTestId('edge-batch-size').fill('20000');
  await expect(page.getByTestId('edge-inspector').getByTestId('field-error').first()).toContainText(
    'between 1 and 10000',
  );
});

test('with the keyboard alone: add a queue, select the function, connect it as its dead-letter queue', async ({ page }) => {
  const { errors } = await openApp(page);
  await page.getByTestId('palette-add-sqsQueue').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node[data-id="queue-1"]')).toBeVisible();

  // Canvas nodes take focus; Enter selects the focused one, and the inspector follows.
  await page.locator('.react-flow__node[data-id="hello"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('function-inspector')).toBeVisible();

  const select = page.getByTestId('connect-to-select');
  await expect(select.locator('option')).toHaveText([
    'Choose a node…',
    /queue-1 · onSuccess/,
    /queue-1 · onFailure/,
    /queue-1 · deadLetter/,
  ]);
  await select.focus();
  await select.selectOption({ label: 'queue-1 · deadLetter (dead-letter queue/topic for failed async events)' });
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('connect-to-button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByTestId('edge-label-hello-queue-1')).toContainText(/dead/i);
  await expect(page.getByTestId('connect-to-status')).toHaveText('Connected hello → queue-1 (deadLetter).');
  // The made connection is no longer offered.
  await expect(select.locator('option')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/keyboard-connect.png` });
  expect(errors).toEqual([]);
});
