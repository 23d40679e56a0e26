import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from './parseScenario';
import { helloColdStarts } from './gallery/helloColdStarts';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseScenario', () => {
  it('accepts the default scenario', () => {
    const result = parseScenario(clone(helloColdStarts));
    expect(result.ok).toBe(true);
  });

  it('names the field and the rule for an out-of-range memory size', () => {
    const s = clone(helloColdStarts) as unknown as { nodes: Record<string, unknown>[] };
    s.nodes[1].memoryMB = 64;
    const result = parseScenario(s);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'nodes[1].memoryMB', message: 'must be between 128 and 10240' }],
    });
  });

  it('rejects unknown kinds, unknown fields and dangling edges', () => {
    const s = clone(helloColdStarts) as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    s.nodes[0].kind = 'lambda';
    s.nodes[1].memorMB = 256;
    s.edges[0].to = 'nope';
    const result = parseScenario(s);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('nodes[0].kind');
    expect(paths).toContain('nodes[1]');
    expect(result.errors.find((e) => e.path === 'nodes[1]')?.message).toMatch(/unknown field.*memorMB/);
  });

  it('refuses pairs AWS forbids, in AWS terms', () => {
    const s = clone(helloColdStarts);
    s.nodes.push({ id: 'b', kind: 's3Bucket', name: 'bucket' });
    s.edges.push({ id: 'e2', from: 'b', to: 'hello', kind: 'eventSourceMapping' });
    const result = parseScenario(s);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'edges[1].kind', message: expect.stringMatching(/not a polled source/) });
  });

  it('rejects over-reservation with AWS message', () => {
    const s = clone(helloColdStarts);
    const fn = s.nodes[1];
    if (fn.kind === 'function') fn.reservedConcurrency = 901;
    const result = parseScenario(s);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].path).toBe('nodes[1].reservedConcurrency');
      expect(result.errors[0].message).toContain("decreases account's UnreservedConcurrentExecution below its minimum value of [100]");
    }
    if (fn.kind === 'function') fn.reservedConcurrency = 900;
    expect(parseScenario(s).ok).toBe(true);
  });

  it('reports JSON syntax errors', () => {
    const result = parseScenarioText('{"version": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe('(json)');
  });
});
