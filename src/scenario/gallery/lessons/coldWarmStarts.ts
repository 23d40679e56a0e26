import type { Lesson } from '../lessonTypes';

// Both functions make the same 300 ms "connection" and then a 50 ms query. Only where the
// connection is made differs: module scope (once per environment) or the handler (every call).
const atInit = `// Module scope runs once per execution environment, during Init (the cold start).
const connect = () => new Promise((resolve) => setTimeout(() => resolve({ query }), 300));
const query = () => new Promise((resolve) => setTimeout(resolve, 50));
const db = await connect();

export const handler = async () => {
  await db.query();
  return { statusCode: 200, body: 'ok' };
};
`;

const inHandler = `const connect = () => new Promise((resolve) => setTimeout(() => resolve({ query }), 300));
const query = () => new Promise((resolve) => setTimeout(resolve, 50));

export const handler = async () => {
  // Connecting here pays the 300 ms on every request, warm or cold.
  const db = await connect();
  await db.query();
  return { statusCode: 200, body: 'ok' };
};
`;

export const coldWarmStarts: Lesson = {
  id: 'cold-warm-starts',
  title: 'Cold and warm starts: where init code belongs',
  text: {
    tryThis:
      'Press **Run**. Then move `await connect()` in **initOnce** into the handler (or the other way round in **initEveryCall**) and run again.',
    notice:
      '**initOnce** cold-starts only a handful of times: its *Init Duration* (about 450 ms: 150 ms runtime start + the 300 ms connection) is paid once per environment, and warm requests take 50 ms. ' +
      '**initEveryCall** takes 350 ms on *every* request: its average concurrency is about seven times higher, so it keeps more environments and cold-starts more often. ' +
      'In the first second, requests that arrive while the first environment is still in Init each start an environment of their own.',
    why:
      'An execution environment runs the module (top-level code, top-level `await`) once, in the Init phase, then keeps it for later requests: a **warm start** skips Init. ' +
      'Anything that can be reused (SDK clients, connections, config) belongs at module scope. ' +
      'Concurrency ≈ requests per second × duration, so a slower handler also means more environments. (AWS DG: *Lambda execution environment lifecycle*.)',
  },
  scenario: {
    version: 1,
    name: 'Cold and warm starts',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'users',
        kind: 'client',
        name: 'Users',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'poisson', ratePerSecond: 10 },
      },
      {
        id: 'initOnce',
        kind: 'function',
        name: 'initOnce',
        position: { x: 380, y: 60 },
        files: { 'index.mjs': atInit },
      },
      {
        id: 'initEveryCall',
        kind: 'function',
        name: 'initEveryCall',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': inHandler },
      },
    ],
    edges: [
      { id: 'users-initOnce', from: 'users', to: 'initOnce', kind: 'invoke' },
      { id: 'users-initEveryCall', from: 'users', to: 'initEveryCall', kind: 'invoke' },
    ],
  },
};
