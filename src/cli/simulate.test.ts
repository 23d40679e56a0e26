import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('parses --logs N and refuses a bad count or --logs with --compare', () => {
    expect(parseArgs(['f.json', '--logs', '50'])).toMatchObject({ file: 'f.json', logs: 50 });
    expect(parseArgs(['f.json', '--logs', '0'])).toEqual({ error: '--logs needs a whole number of lines from 1 to 1,000,000' });
    expect(parseArgs(['f.json', '--logs', '2.5'])).toHaveProperty('error');
    expect(parseArgs(['f.json', '--logs'])).toHaveProperty('error');
    expect(parseArgs(['f.json', '--logs', '5', '--compare', 'memoryMB=128,256'])).toHaveProperty('error');
  });

  it('--logs hands over the run\'s last N lines, newest last, beyond the default buffer', async () => {
    const parsed = parseScenarioText(readFileSync('examples/hello.json', 'utf8'));
    if (!parsed.ok) throw new Error('example does not parse');
    let lines: { line: string; tMs: number }[] = [];
    const report = await runHeadless(parsed.scenario, { durationSeconds: 600 }, false, { lines: 2500, receive: (r) => (lines = r) });
    // 3+ lines per invocation (START, END, REPORT): well over 2,500 in 600 s of the example.
    expect(report.functions.hello.Invocations * 3).toBeGreaterThan(2500);
    expect(lines).toHaveLength(2500);
    expect(lines.filter((l) => l.line.startsWith('REPORT RequestId: ')).length).toBeGreaterThan(500);
    // Newest last: the final lines are from the run's last seconds.
    expect(lines.at(-1)?.tMs).toBeGreaterThan(590_000);
    for (let i = 1; i < lines.length; i++) expect(lines[i].tMs).toBeGreaterThanOrEqual(lines[i - 1].tMs);
  }, 120_000);

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

describe('simulate CLI network', () => {
  /** A scenario whose one invocation fetches `url` and reports the status in its response. */
  const fetching = (url: string, allow: string[]) =>
    JSON.stringify({
      version: 1,
      name: 'fetcher',
      durationSeconds: 1,
      cpu: 'ignored',
      sandbox: { network: { allow, reason: 'reads a local test server' } },
      nodes: [
        { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 1 } },
        {
          id: 'f',
          kind: 'function',
          name: 'f',
          files: { 'index.mjs': `export const handler = async () => { const r = await fetch(${JSON.stringify(url)}); if (r.status !== 204) throw new Error('status ' + r.status); };` },
        },
      ],
      edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
    });

  const run = (args: string[], input: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('npx', ['tsx', 'src/cli/simulate.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });

  it('keeps network off without --allow-network, saying why, and reaches the host with it', async () => {
    expect(parseArgs(['f.json', '--allow-network'])).toMatchObject({ allowNetwork: true });
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const scenario = fetching(`http://127.0.0.1:${port}/ping`, [`http://127.0.0.1:${port}`]);
      const off = await run(['-'], scenario);
      expect(off.code).toBe(0);
      expect(off.stderr).toContain('it stays off, handler fetch fails. Pass --allow-network');
      expect(JSON.parse(off.stdout).functions.f.Errors).toBe(1);
      expect(hits).toBe(0);
      const on = await run(['-', '--allow-network'], scenario);
      expect(on.code).toBe(0);
      expect(on.stderr).toContain('network on for this run (--allow-network)');
      expect(JSON.parse(on.stdout).functions.f.Errors).toBe(0);
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  }, 120_000);
});
