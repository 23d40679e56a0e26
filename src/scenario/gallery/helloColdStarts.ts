import type { Scenario } from '../../engine/scenarioTypes';

const handlerCode = `// Code outside the handler runs once per execution environment (the cold start).
const startedAt = new Date().toISOString();
let invocations = 0;

export const handler = async (event, context) => {
  invocations += 1;
  // A 100 ms downstream call, in simulated time.
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(\`environment started \${startedAt}, invocation #\${invocations} here\`);
  return { statusCode: 200, body: JSON.stringify({ ok: true, invocations }) };
};
`;

export const helloColdStarts: Scenario = {
  version: 1,
  name: 'Hello, cold starts',
  description:
    'A client sends about 5 requests a second (Poisson) to a function that waits 100 ms. ' +
    'Watch the first requests pay a cold start, then warm environments serve the rest.',
  seed: 1,
  durationSeconds: 300,
  cpu: 'measured',
  nodes: [
    {
      id: 'users',
      kind: 'client',
      name: 'Users',
      position: { x: 60, y: 160 },
      traffic: { pattern: 'poisson', ratePerSecond: 5 },
      payloads: [{ body: { hello: 'world' } }],
    },
    {
      id: 'hello',
      kind: 'function',
      name: 'hello',
      position: { x: 420, y: 140 },
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memoryMB: 128,
      timeoutSeconds: 3,
      files: { 'index.mjs': handlerCode },
    },
  ],
  edges: [{ id: 'users-hello', from: 'users', to: 'hello', kind: 'invoke' }],
};
