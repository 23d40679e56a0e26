import type { Lesson } from '../lessonTypes';

const code = `// Talks to a database inside the VPC (simulated: 20 ms).
export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { statusCode: 200, body: 'rows' };
};
`;

export const vpcNetworking: Lesson = {
  id: 'vpc-networking',
  title: 'VPC networking, then and now',
  text: {
    tryThis:
      'Press **Run**. Then switch on **Legacy VPC networking** (account settings, the pre-2019 model) and run again.',
    notice:
      'Today: the function attached to a VPC is **Pending** for its first 30 s while Lambda creates its network interface; calls then fail with **409** `ResourceConflictException`. After that, cold starts cost no more than outside a VPC (150 ms). ' +
      'Legacy: no Pending phase, but **every** new environment created its own network interface during its cold start, about **10 s** each — and requests arriving meanwhile start more environments, each paying 10 s again.',
    why:
      'Since 2019 VPC-attached functions share Hyperplane ENIs, one per subnet and security-group combination, created when the function is created or its VPC settings change (the function is Pending until then). ' +
      'Before, each execution environment got its own ENI at cold start, which made VPC cold starts take seconds and used up subnet IP addresses. How long Pending lasts is not documented; the playground assumes 30 s and lets you change it. (AWS DG: *Giving Lambda functions access to resources in an Amazon VPC*.)',
  },
  scenario: {
    version: 1,
    name: 'VPC networking',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'app',
        kind: 'client',
        name: 'App',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'constant', ratePerSecond: 2 },
      },
      {
        id: 'reports',
        kind: 'function',
        name: 'reports',
        position: { x: 380, y: 160 },
        vpc: true,
        timeoutSeconds: 15,
        files: { 'index.mjs': code },
      },
    ],
    edges: [{ id: 'app-reports', from: 'app', to: 'reports', kind: 'invoke' }],
  },
};
