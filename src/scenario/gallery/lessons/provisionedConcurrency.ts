import type { Lesson } from '../lessonTypes';

const code = `// A heavy Init: loading a framework and its config takes 800 ms.
await new Promise((resolve) => setTimeout(resolve, 800));

export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { statusCode: 200, body: 'ok' };
};
`;

export const provisionedConcurrency: Lesson = {
  id: 'provisioned-concurrency',
  title: 'Provisioned concurrency and spillover',
  text: {
    tryThis:
      "Press **Run** and watch *ColdStarts* for both functions. Then raise **provisioned**'s provisioned concurrency to 12 (a little above the peak of 10) and run again.",
    notice:
      'Steady visitors (6 a second × 0.5 s) need 3 concurrent executions; from second 30 to 40 a lunch rush adds 14 a second, 7 more. **onDemand** pays a ~950 ms cold start for each of its first environments, and again at the spike. ' +
      '**provisioned** (provisioned concurrency 5) has **no cold start at all up to 5** concurrent requests; at the spike, the requests beyond 5 **spill over** to on-demand environments that cold-start (*ProvisionedConcurrencySpilloverInvocations*). With 12 provisioned there is no cold start at all, and the cost report shows you pay for the provisioned environments all the time.',
    why:
      'Provisioned concurrency runs Init ahead of time and keeps those environments ready: the meals prepared before the guests arrive. It counts against reserved and account concurrency and is billed per GB-second while configured, used or not. ' +
      'Above it, Lambda serves requests on-demand as usual. On AWS, it is configured on a version or alias and takes a minute or two to allocate; the playground allocates it when the run starts. (AWS DG: *Configuring provisioned concurrency*.)',
  },
  scenario: {
    version: 1,
    name: 'Provisioned concurrency',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'steady',
        kind: 'client',
        name: 'Steady visitors',
        position: { x: 40, y: 80 },
        traffic: { pattern: 'constant', ratePerSecond: 6, startSecond: 2 },
      },
      {
        id: 'rush',
        kind: 'client',
        name: 'Lunch rush',
        position: { x: 40, y: 260 },
        traffic: { pattern: 'constant', ratePerSecond: 14, startSecond: 30, stopSecond: 40 },
      },
      {
        id: 'provisioned',
        kind: 'function',
        name: 'provisioned',
        position: { x: 380, y: 60 },
        provisionedConcurrency: 5,
        files: { 'index.mjs': code },
      },
      {
        id: 'onDemand',
        kind: 'function',
        name: 'onDemand',
        position: { x: 380, y: 260 },
        files: { 'index.mjs': code },
      },
    ],
    edges: [
      { id: 'steady-provisioned', from: 'steady', to: 'provisioned', kind: 'invoke' },
      { id: 'steady-onDemand', from: 'steady', to: 'onDemand', kind: 'invoke' },
      { id: 'rush-provisioned', from: 'rush', to: 'provisioned', kind: 'invoke' },
      { id: 'rush-onDemand', from: 'rush', to: 'onDemand', kind: 'invoke' },
    ],
  },
};
