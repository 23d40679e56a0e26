import type { Lesson } from '../lessonTypes';

const cpuBound = `// CPU-bound: counting primes, no waiting on anything.
const isPrime = (n) => {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return n > 1;
};

export const handler = async () => {
  let primes = 0;
  for (let n = 2; n < 150_000; n++) if (isPrime(n)) primes++;
  return { primes };
};
`;

const ioBound = `// I/O-bound: 200 ms waiting for a downstream service, almost no CPU.
export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { ok: true };
};
`;

export const memoryCpuCost: Lesson = {
  id: 'memory-cpu-cost',
  title: 'Memory, CPU and cost (power tuning)',
  text: {
    tryThis:
      'Press **Run** and compare *Duration* and *Cost* of the four functions. Then try 512 MB and 3,008 MB on **hash128**.',
    notice:
      'The same CPU-bound code runs many times slower at 128 MB (**hash128**) than at 1,769 MB (**hash1769**), so the bigger function costs about the same per request while answering far sooner. ' +
      'For the I/O-bound function the duration is 200 ms at any size: **wait1024** costs 8 times as much as **wait128** for nothing. (This lesson measures real CPU time, so figures vary a little from run to run.)',
    why:
      'Lambda allocates CPU in proportion to memory: 1,769 MB is one full vCPU; below that a single-threaded handler gets a fraction of one, so CPU work takes `1769 / memory` times longer. ' +
      'You pay for memory × duration (GB-seconds), so for CPU-bound code more memory can be both faster *and* cheaper, while waiting code only gets more expensive. Measure with a tool like AWS Lambda Power Tuning. (AWS DG: *Configuring function memory*; aws.amazon.com/lambda/pricing.)',
  },
  scenario: {
    version: 1,
    name: 'Memory, CPU and cost',
    seed: 1,
    durationSeconds: 20,
    cpu: 'measured',
    nodes: [
      {
        id: 'load',
        kind: 'client',
        name: 'Load',
        position: { x: 40, y: 200 },
        traffic: { pattern: 'constant', ratePerSecond: 2 },
      },
      {
        id: 'hash128',
        kind: 'function',
        name: 'hash128',
        position: { x: 380, y: 0 },
        memoryMB: 128,
        timeoutSeconds: 30,
        files: { 'index.mjs': cpuBound },
      },
      {
        id: 'hash1769',
        kind: 'function',
        name: 'hash1769',
        position: { x: 380, y: 130 },
        memoryMB: 1769,
        timeoutSeconds: 30,
        files: { 'index.mjs': cpuBound },
      },
      {
        id: 'wait128',
        kind: 'function',
        name: 'wait128',
        position: { x: 380, y: 260 },
        memoryMB: 128,
        files: { 'index.mjs': ioBound },
      },
      {
        id: 'wait1024',
        kind: 'function',
        name: 'wait1024',
        position: { x: 380, y: 390 },
        memoryMB: 1024,
        files: { 'index.mjs': ioBound },
      },
    ],
    edges: ['hash128', 'hash1769', 'wait128', 'wait1024'].map((id) => ({
      id: `load-${id}`,
      from: 'load',
      to: id,
      kind: 'invoke' as const,
    })),
  },
};
