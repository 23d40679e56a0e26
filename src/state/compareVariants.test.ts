import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { buildVariants, currentValue, parseNumberList, variantLabel, type SettingTarget } from './compareVariants';

const memory: SettingTarget = { kind: 'function', functionId: 'hello', setting: 'memoryMB' };
const reserved: SettingTarget = { kind: 'function', functionId: 'hello', setting: 'reservedConcurrency' };
const traffic: SettingTarget = { kind: 'traffic' };

describe('compare variants', () => {
  it('reads current values with defaults filled in', () => {
    expect(currentValue(helloColdStarts, memory)).toBe('128');
    expect(currentValue(helloColdStarts, reserved)).toBe('');
    expect(currentValue(helloColdStarts, { kind: 'function', functionId: 'hello', setting: 'architecture' })).toBe('x86_64');
    expect(currentValue(helloColdStarts, { kind: 'account', setting: 'concurrencyLimit' })).toBe('1000');
    expect(currentValue(helloColdStarts, traffic)).toBe('1');
  });

  it('builds one validated copy per variant, same traffic and seed, differing settings flagged', () => {
    const r = buildVariants(
      helloColdStarts,
      [memory, reserved, traffic],
      [
        { label: 'A', values: ['128', '', '1'] },
        { label: 'B', values: ['1024', '', '2'] },
      ],
      parseScenario,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [a, b] = r.variants;
    const fnA = a.scenario.nodes.find((n) => n.id === 'hello');
    const fnB = b.scenario.nodes.find((n) => n.id === 'hello');
    expect(fnA?.kind === 'function' && fnA.memoryMB).toBe(128);
    expect(fnB?.kind === 'function' && fnB.memoryMB).toBe(1024);
    expect(fnB?.kind === 'function' && fnB.reservedConcurrency).toBe(null);
    const client = b.scenario.nodes.find((n) => n.id === 'users');
    expect(client?.kind === 'client' && client.traffic).toEqual({ pattern: 'poisson', ratePerSecond: 10 });
    expect(b.scenario.seed).toBe(a.scenario.seed);
    expect(b.settings).toEqual([
      { name: 'hello.memoryMB', value: '1024', differs: true },
      { name: 'hello.reservedConcurrency', value: 'none', differs: false },
      { name: 'traffic factor', value: '2', differs: true },
    ]);
    // the store's draft is untouched
    expect(helloColdStarts.nodes[1]).toMatchObject({ memoryMB: 128 });
  });

  it('names the variant and the path of a bad value', () => {
    const r = buildVariants(
      helloColdStarts,
      [memory, { kind: 'function', functionId: 'hello', setting: 'architecture' }],
      [
        { label: 'A', values: ['128', 'x86_64'] },
        { label: 'B', values: ['64', 'arm'] },
        { label: 'C', values: ['lots', 'arm64'] },
      ],
      parseScenario,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ variant: 'B', path: 'nodes[1].architecture', message: 'must be x86_64 or arm64' });
    expect(r.errors).toContainEqual({ variant: 'C', path: 'nodes[1].memoryMB', message: 'must be a number' });
    // 64 MB passes the text check and is refused by the schema with its own path
    const b2 = buildVariants(helloColdStarts, [memory], [{ label: 'B', values: ['64'] }], parseScenario);
    expect(b2.ok).toBe(false);
    if (!b2.ok) expect(b2.errors[0]).toMatchObject({ variant: 'B', path: 'nodes[1].memoryMB' });
  });

  it('labels and number lists', () => {
    expect([0, 1, 25, 26].map(variantLabel)).toEqual(['A', 'B', 'Z', 'A2']);
    expect(parseNumberList('128, 256 1769', { min: 128, max: 10240, integer: true, name: 'Memory sizes' })).toEqual({ values: [128, 256, 1769] });
    expect(parseNumberList('0.5x, 2×', { min: 0.01, max: 100, name: 'Factors' })).toEqual({ values: [0.5, 2] });
    expect(parseNumberList('64', { min: 128, max: 10240, integer: true, name: 'Memory sizes' })).toEqual({ error: 'Memory sizes: 64 must be between 128 and 10240' });
    expect(parseNumberList('', { min: 1, max: 2, name: 'Factors' })).toEqual({ error: 'Factors: enter at least one value' });
  });
});
