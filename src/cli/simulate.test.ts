import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../scenario/parseScenario';
import { compareVariants } from './compareVariants';
import { runHeadless } from './runHeadless';
import { parseArgs } from './parseArgs';

const cli = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('simulate CLI', () => {
  it('prints the report for a valid scenario and exits 2 with path-specific errors for a bad one', () => {
    const ok = cli(['examples/hello.json', '--seconds', '20', '--series']);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout);
    expect(report.scenario).toBe('Hello, cold starts');
    expect(report.simulatedSeconds).toBe(20);
    expect(report.series).toHaveLength(20);
    expect(report.functions.hello.Invocations).toBeGreaterThan(50);
    const bad = cli(['-'], JSON.stringify({ version: 1, name: 'x', nodes: [{ id: 'f', kind: 'function', name: 'f', files: { 'a.mjs': '' }, timeoutSeconds: 0 }], edges: [] }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('nodes[0].timeoutSeconds: must be between 1 and 900');
    expect(cli(['--seconds']).status).toBe(2);
  }, 120_000);

  it('parses --compare and refuses --function without it', () => {
    expect(parseArgs(['f.json', '--compare', 'memoryMB=128,512', '--function', 'x'])).toMatchObject({
      compare: { setting: 'memoryMB', values: ['128', '512'], functionId: 'x' },
    });
    expect(parseArgs(['f.json', '--function', 'x'])).toEqual({ error: '--function is only used with --compare' });
  });

  it('a memory sweep of a CPU-bound handler is monotonic: faster with memory up to 1,769 MB (1 vCPU), flat above', async () => {
    const parsed = parseScenarioText(readFileSync('examples/cpu-bound.json', 'utf8'));
    if (!parsed.ok) throw new Error('fixture invalid');
    const variants = compareVariants(parsed.scenario, { setting: 'memoryMB', values: ['128', '512', '1769', '3008'], functionId: 'crunch' });
    if ('error' in variants) throw new Error(variants.error);
    const p50 = [];
    for (const v of variants) p50.push((await runHeadless(v.scenario, { durationSeconds: 10 })).functions.crunch.Duration.p50);
    const [m128, m512, m1769, m3008] = p50;
    expect(m128).toBeGreaterThan(m512 * 2); // ideal ratio 4
    expect(m512).toBeGreaterThan(m1769 * 2); // ideal ratio 3.45
    expect(m3008 / m1769).toBeGreaterThan(0.5); // no more speed past one vCPU for single-threaded work
    expect(m3008 / m1769).toBeLessThan(2);
  }, 120_000);
});
