// `npm run bench`: prints figures and writes bench/results/<name>.json. Figures, not tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { engineThroughput } from './engineThroughput';
import { browserThroughput } from './browserThroughput';
import { sqsThroughput } from './sqsThroughput';
import { memoryFlat } from './memoryFlat';
import { uiResponsiveness } from './uiResponsiveness';
import { environmentScale } from './environmentScale';
import { SIMULATION_V8_FLAGS, tuneV8ForSimulation } from '../src/cli/tuneV8';

// Headless benches run the engine as `npm run simulate` does; BENCH_V8_DEFAULTS=1 measures it
// with V8's default flags instead.
const v8Flags = process.env.BENCH_V8_DEFAULTS ? '' : SIMULATION_V8_FLAGS;
if (v8Flags) tuneV8ForSimulation();

const only = process.argv[2];
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  engineThroughput: () => engineThroughput(),
  sqsThroughput: () => sqsThroughput(),
  memoryFlat: () => memoryFlat(),
  browserThroughput: () => browserThroughput(),
  uiResponsiveness: () => uiResponsiveness(),
  environmentScale: () => environmentScale(),
};

mkdirSync('bench/results', { recursive: true });
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
    // The flags apply to the Node process only; chromium runs its own V8 with defaults.
  const headless = !['browserThroughput', 'uiResponsiveness'].includes(name);
  const result = { ...(await run()), node: process.version, ...(headless ? { v8Flags } : {}), at: new Date().toISOString() };
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
