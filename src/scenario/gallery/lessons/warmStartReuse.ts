import type { Lesson } from '../lessonTypes';

const code = `// Module scope survives between requests in the same environment: reuse it.
let db; // one connection per environment, made lazily by the first request
const cache = new Map(); // key -> { value, expiresAt }

const connect = () =>
  new Promise((resolve) => setTimeout(() => resolve({ get: lookup }), 250));
const lookup = (key) =>
  new Promise((resolve) => setTimeout(() => resolve(\`price of \${key}\`), 100));

export const handler = async (event) => {
  db ??= await connect();
  const key = event.item ?? 'tea';
  const hit = cache.get(key);
  if (hit && hit.expiresAt > Date.now()) return { statusCode: 200, body: hit.value };
  const value = await db.get(key);
  cache.set(key, { value, expiresAt: Date.now() + 30_000 });
  return { statusCode: 200, body: value };
};
`;

export const warmStartReuse: Lesson = {
  id: 'warm-start-reuse',
  title: 'Warm starts: reuse connections and cache in memory',
  text: {
    tryThis:
      'Press **Run**. Then change `30_000` (the cache lifetime) to `0`, or move `let db;` inside the handler, and run again.',
    notice:
      "Most requests take **0 ms**: they find the price in the environment's memory. Only the first request of an environment pays the 250 ms connection, and each item is looked up (100 ms) once per environment every 30 s, so p50 and p90 stay at 0 while the maximum is 350 ms. " +
      'Without the cache every request takes at least 100 ms; without the reused connection, 350 ms.',
    why:
      'A warm environment keeps its module scope: variables, open connections and caches live as long as the environment. ' +
      'Lazy initialisation (`db ??= await connect()`) pays the cost in the first request instead of Init; a cache needs an expiry because an environment can live for hours. ' +
      'Time in the playground is simulated, so `Date.now()` moves with the run. (AWS DG: *Best practices for working with Lambda functions*.)',
  },
  scenario: {
    version: 1,
    name: 'Reuse across warm starts',
    seed: 1,
    durationSeconds: 90,
    cpu: 'ignored',
    nodes: [
      {
        id: 'shop',
        kind: 'client',
        name: 'Shoppers',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'poisson', ratePerSecond: 5 },
        payloads: [
          { weight: 3, body: { item: 'tea' } },
          { weight: 1, body: { item: 'coffee' } },
        ],
      },
      {
        id: 'prices',
        kind: 'function',
        name: 'prices',
        position: { x: 380, y: 160 },
        files: { 'index.mjs': code },
      },
    ],
    edges: [{ id: 'shop-prices', from: 'shop', to: 'prices', kind: 'invoke' }],
  },
};
