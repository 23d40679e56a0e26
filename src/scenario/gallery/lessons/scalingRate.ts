import type { Lesson } from '../lessonTypes';

const slow = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  return { statusCode: 200 };
};
`;

export const scalingRate: Lesson = {
  id: 'scaling-rate',
  title: 'How fast Lambda scales: 1,000 environments per 10 seconds',
  text: {
    tryThis: 'Press **Run**. Then switch on **Legacy burst scaling** (account settings) and run again.',
    notice:
      'At second 1, 2,000 requests arrive at once and each takes 20 s. The account may run 3,000 at a time, yet only **1,000** start: the other 1,000 are **throttled** (429), because one function can add at most 1,000 execution environments every 10 seconds. ' +
      'The 100 requests a second that follow get new environments at about 100 a second, as the allowance refills. With the legacy model, all 2,000 start at once (its burst was 3,000 per account in the largest Regions), then +500 a minute.',
    why:
      'Since November 2023 each function scales by up to 1,000 concurrent executions every 10 seconds, independently of other functions, refilled continuously rather than saved up. Before that, an account-wide burst of 500 to 3,000 (by Region) was followed by +500 a minute. ' +
      'Scaling rate and concurrency limit are different limits: either one throttles. (AWS DG: *Lambda scaling behavior*.)',
  },
  scenario: {
    version: 1,
    name: 'Scaling rate',
    seed: 1,
    durationSeconds: 15,
    cpu: 'ignored',
    account: { concurrencyLimit: 3000 },
    nodes: [
      {
        id: 'flashSale',
        kind: 'client',
        name: 'Flash sale',
        position: { x: 40, y: 60 },
        traffic: { pattern: 'burst', count: 2000, atSecond: 1 },
      },
      {
        id: 'after',
        kind: 'client',
        name: 'Afterwards',
        position: { x: 40, y: 260 },
        traffic: { pattern: 'constant', ratePerSecond: 100, startSecond: 2 },
      },
      {
        id: 'orders',
        kind: 'function',
        name: 'orders',
        position: { x: 380, y: 160 },
        timeoutSeconds: 30,
        files: { 'index.mjs': slow },
      },
    ],
    edges: [
      { id: 'flashSale-orders', from: 'flashSale', to: 'orders', kind: 'invoke' },
      { id: 'after-orders', from: 'after', to: 'orders', kind: 'invoke' },
    ],
  },
};
