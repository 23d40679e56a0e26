import type { Lesson } from '../lessonTypes';

const api = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

// Created once per environment and reused by every warm request.
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TableName = process.env.TABLE_NAME;

export const handler = async (event) => {
  if (event.requestContext.http.method === 'POST') {
    const order = JSON.parse(event.body ?? '{}');
    await db.send(new PutCommand({ TableName, Item: { pk: \`order#\${order.id}\`, ...order } }));
    return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
  }
  const id = event.rawPath.split('/').pop();
  const { Item } = await db.send(new GetCommand({ TableName, Key: { pk: \`order#\${id}\` } }));
  return Item
    ? { statusCode: 200, body: JSON.stringify(Item) }
    : { statusCode: 404, body: JSON.stringify({ message: \`order \${id} not found\` }) };
};
`;

export const webBackend: Lesson = {
  id: 'use-case-web-backend',
  title: 'Use case: a web backend (API Gateway + Lambda + DynamoDB)',
  text: {
    tryThis:
      "Press **Run** and look at the status codes each client got. Then set **ordersApi**'s reserved concurrency to 0 and run again.",
    notice:
      'Buyers `POST /orders` through an HTTP API; **ordersApi** stores each order in DynamoDB and answers **201**. Lookups `GET /orders/<id>` for random ids from 1 to 60: ids already created answer **200**, the others **404** — status codes the function chose, passed through by API Gateway. ' +
      'With reserved concurrency 0, Lambda throttles every call and the HTTP API answers **500** instead: API Gateway turns Lambda errors into 5xx responses.',
    why:
      'API Gateway invokes the function synchronously with an HTTP event (payload format 2.0 for HTTP APIs: `rawPath`, `requestContext.http.method`, `body` as a string) and maps the returned `statusCode`, `headers` and `body` onto the HTTP response. ' +
      "The caller waits, so latency matters: keep the SDK client at module scope, and remember API Gateway's own integration timeout (29 s by default). (AWS DG: *Invoking Lambda with API Gateway*, *Working with HTTP API payloads*.)",
  },
  scenario: {
    version: 1,
    name: 'Web backend',
    seed: 1,
    durationSeconds: 30,
    cpu: 'ignored',
    nodes: [
      {
        id: 'buyers',
        kind: 'client',
        name: 'Buyers',
        position: { x: 0, y: 60 },
        traffic: { pattern: 'constant', ratePerSecond: 2 },
        payloads: [{ body: { method: 'POST', path: '/orders', body: { id: '{{seq}}', item: 'tea' } } }],
      },
      {
        id: 'lookups',
        kind: 'client',
        name: 'Order lookups',
        position: { x: 0, y: 300 },
        traffic: { pattern: 'poisson', ratePerSecond: 3, startSecond: 1 },
        payloads: [{ body: { method: 'GET', path: '/orders/{{randomInt 1 60}}' } }],
      },
      {
        id: 'httpApi',
        kind: 'apiGateway',
        name: 'orders-http-api',
        payloadVersion: '2.0',
        position: { x: 240, y: 180 },
      },
      {
        id: 'ordersApi',
        kind: 'function',
        name: 'ordersApi',
        position: { x: 480, y: 180 },
        memoryMB: 256,
        environment: { TABLE_NAME: 'orders' },
        files: { 'index.mjs': api },
      },
      {
        id: 'orders',
        kind: 'dynamodbTable',
        name: 'orders',
        partitionKey: 'pk',
        position: { x: 720, y: 180 },
      },
    ],
    edges: [
      { id: 'buyers-api', from: 'buyers', to: 'httpApi', kind: 'invoke' },
      { id: 'lookups-api', from: 'lookups', to: 'httpApi', kind: 'invoke' },
      { id: 'api-fn', from: 'httpApi', to: 'ordersApi', kind: 'invoke' },
    ],
  },
};
