import type { Lesson } from '../lessonTypes';

const oneSecond = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { statusCode: 200 };
};
`;

export const accountConcurrencyLimit: Lesson = {
  id: 'account-concurrency-limit',
  title: 'The 1,000 account limit and the unreserved floor',
  text: {
    tryThis:
      "Press **Run**. Then try to set **nightlyBatch**'s reserved concurrency to 901, and read the validation message.",
    notice:
      "**nightlyBatch** reserves 900 of the account's 1,000 concurrent executions but needs only about 750 (750 jobs a second × 1 s). **api** is unreserved and needs about 300, yet only **100** are left for it: *ConcurrentExecutions* of **api** stops at 100 and the rest of its requests are throttled (429), while about 150 reserved seats stay empty. " +
      'Reserved concurrency is never lent to other functions. Reserving 901 is refused before the run.',
    why:
      'Concurrency is a per-Region account quota, 1,000 by default (a support request raises it; new accounts may start lower). Every function without a reservation shares what is left after all reservations, and Lambda keeps at least **100 unreserved** so that unreserved functions can always run: at most limit − 100 can be reserved (*InvalidParameterValueException*). ' +
      'In restaurant terms: 900 seats reserved for one party, 100 walk-in seats for everybody else. (AWS DG: *Lambda function scaling*, *Configuring reserved concurrency*.)',
  },
  scenario: {
    version: 1,
    name: 'Account concurrency limit',
    seed: 1,
    durationSeconds: 10,
    cpu: 'ignored',
    nodes: [
      {
        id: 'jobs',
        kind: 'client',
        name: 'Batch jobs',
        origin: 'account',
        position: { x: 40, y: 60 },
        traffic: { pattern: 'constant', ratePerSecond: 750 },
      },
      {
        id: 'users',
        kind: 'client',
        name: 'Users',
        position: { x: 40, y: 260 },
        traffic: { pattern: 'constant', ratePerSecond: 300 },
      },
      {
        id: 'nightlyBatch',
        kind: 'function',
        name: 'nightlyBatch',
        position: { x: 380, y: 60 },
        reservedConcurrency: 900,
        timeoutSeconds: 10,
        files: { 'index.mjs': oneSecond },
      },
      {
        id: 'api',
        kind: 'function',
        name: 'api',
        position: { x: 380, y: 260 },
        timeoutSeconds: 10,
        files: { 'index.mjs': oneSecond },
      },
    ],
    edges: [
      { id: 'jobs-nightlyBatch', from: 'jobs', to: 'nightlyBatch', kind: 'invoke' },
      { id: 'users-api', from: 'users', to: 'api', kind: 'invoke' },
    ],
  },
};
