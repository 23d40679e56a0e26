import type { Lesson } from '../lessonTypes';

const code = `import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const CACHE = '/tmp/model.json';
// Downloading the 50 MB model takes 800 ms (simulated).
const download = () =>
  new Promise((resolve) => setTimeout(() => resolve(JSON.stringify({ weights: [0.2, 0.5, 0.3] })), 800));

export const handler = async (event) => {
  let source = 'the /tmp cache';
  if (!existsSync(CACHE)) {
    writeFileSync(CACHE, await download());
    source = 'a download';
  }
  const model = JSON.parse(readFileSync(CACHE, 'utf8'));
  console.log(\`model loaded from \${source}\`);
  return { score: model.weights.reduce((a, b) => a + b, 0) * (event.x ?? 1) };
};
`;

export const tmpCache: Lesson = {
  id: 'tmp-cache',
  title: 'Warm starts: /tmp as a cache',
  text: {
    tryThis:
      "Press **Run** and read **scorer**'s logs. Then raise the traffic to 20 requests a second and run again.",
    notice:
      'Only the first request in each execution environment downloads the model (800 ms) and writes it to `/tmp`; every later request in that environment reads it from `/tmp` in no time. There are exactly as many downloads as cold starts: ' +
      'each environment has its own `/tmp`, so more concurrency means more environments, and more downloads.',
    why:
      'Each execution environment gets its own `/tmp` (512 MB by default, up to 10 GB with *ephemeral storage*), which lives as long as the environment — across warm invocations, and even across a crash or timeout reset. ' +
      'It is a cache, not storage: a new environment starts empty, and environments are not shared. Anything that must be shared or kept belongs in S3, EFS or a database. (AWS DG: *Lambda execution environment*, *Configuring ephemeral storage*.)',
  },
  scenario: {
    version: 1,
    name: '/tmp as a cache',
    seed: 1,
    durationSeconds: 60,
    cpu: 'ignored',
    nodes: [
      {
        id: 'app',
        kind: 'client',
        name: 'App',
        position: { x: 40, y: 160 },
        traffic: { pattern: 'poisson', ratePerSecond: 4 },
        payloads: [{ body: { x: 2 } }],
      },
      {
        id: 'scorer',
        kind: 'function',
        name: 'scorer',
        position: { x: 380, y: 160 },
        files: { 'index.mjs': code },
      },
    ],
    edges: [{ id: 'app-scorer', from: 'app', to: 'scorer', kind: 'invoke' }],
  },
};
