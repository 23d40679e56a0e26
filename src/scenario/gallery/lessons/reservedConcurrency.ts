import type { Lesson } from '../lessonTypes';

const code = `// Half a second of work per order (a payment provider call, simulated).
export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { statusCode: 200, body: 'paid' };
};
`;

export const reservedConcurrency: Lesson = {
  id: 'reserved-concurrency',
  title: 'Reserved concurrency and throttling',
  text: {
    tryThis:
      "Press **Run**. Then set **checkout**'s reserved concurrency to 10, to 0, and remove it (unreserved), running each time.",
    notice:
      'Orders arrive 20 a second and each takes 0.5 s, so **checkout** needs 20 × 0.5 = **10** concurrent executions. With 5 reserved, *ConcurrentExecutions* never passes 5 and about half the orders are **throttled**: the caller gets HTTP **429** `TooManyRequestsException` ("Rate Exceeded."). ' +
      '**search**, unreserved, takes what it needs from the shared pool. With 10 reserved only a few orders in the first second are throttled (while the first environments cold-start, each order holds its seat 150 ms longer); with 0 every order is.',
    why:
      'Think of your account as a restaurant with 1,000 seats (the Regional concurrency limit). **Reserved concurrency** is a table reserved for one party: nobody else may sit there, and the party cannot use more seats than it reserved — the rest wait outside (a throttle). ' +
      '**Unreserved** functions share the walk-in seats. (Provisioned concurrency, next lesson, is meals prepared before the guests arrive.) ' +
      "Reserved concurrency costs nothing and warms nothing; it is a guarantee and a ceiling. Concurrency ≈ requests per second × duration (Little's law). (AWS DG: *Configuring reserved concurrency*.)",
  },
  scenario: {
    version: 1,
    name: 'Reserved concurrency',
    seed: 1,
    durationSeconds: 30,
    cpu: 'ignored',
    nodes: [
      {
        id: 'shoppers',
        kind: 'client',
        name: 'Shoppers',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 20 },
      },
      {
        id: 'checkout',
        kind: 'function',
        name: 'checkout',
        position: { x: 380, y: 60 },
        reservedConcurrency: 5,
        files: { 'index.mjs': code },
      },
      {
        id: 'search',
        kind: 'function',
        name: 'search',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': code },
      },
    ],
    edges: [
      { id: 'shoppers-checkout', from: 'shoppers', to: 'checkout', kind: 'invoke' },
      { id: 'shoppers-search', from: 'shoppers', to: 'search', kind: 'invoke' },
    ],
  },
};
