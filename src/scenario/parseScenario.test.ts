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

describe('sandbox.network', () => {
  const withNetwork = (network: unknown) => ({ ...clone(helloColdStarts), sandbox: { network } });
  it('accepts true, false and host lists with an optional reason', () => {
    expect(parseScenario(withNetwork({ allow: true, reason: 'calls a public API' })).ok).toBe(true);
    expect(parseScenario(withNetwork({ allow: false })).ok).toBe(true);
    expect(parseScenario(withNetwork({ allow: ['api.example.com', '*.example.org:8443', 'http://127.0.0.1:4251'] })).ok).toBe(true);
  });

  it('names the field and the rule for bad requests', () => {
    expect(parseScenario(withNetwork({ allow: ['https://api.example.com/v1'] }))).toEqual({
      ok: false,
      errors: [
        {
          path: 'sandbox.network.allow[0]',
          message: 'must be a host like "api.example.com", "*.example.com", "api.example.com:8443" or "http://127.0.0.1:8080" (no path)',
        },
      ],
    });
    expect(parseScenario(withNetwork({ allow: [] }))).toEqual({
      ok: false,
      errors: [{ path: 'sandbox.network.allow', message: 'must list at least one host (use false to ask for no network)' }],
    });
    expect(parseScenario(withNetwork({ allow: 'yes' }))).toEqual({
      ok: false,
      errors: [{ path: 'sandbox.network.allow', message: 'must be true (any https host), false, or a list of hosts' }],
    });
    expect(parseScenario(withNetwork({ allow: true, why: 'x' }))).toMatchObject({ ok: false, errors: [{ path: 'sandbox.network', message: 'unknown field(s): why' }] });
    expect(parseScenario(withNetwork({ allow: true, reason: 'x'.repeat(301) }))).toMatchObject({
      ok: false,
      errors: [{ path: 'sandbox.network.reason', message: 'must be at most 300 characters' }],
    });
  });
});

describe('function loggingConfig', () => {
  const withLogging = (loggingConfig: unknown) => {
    const s = clone(helloColdStarts) as unknown as { nodes: Record<string, unknown>[] };
    s.nodes[1].loggingConfig = loggingConfig;
    return s;
  };
  it('accepts Lambda LoggingConfig values', () => {
    expect(parseScenario(withLogging({ logFormat: 'JSON', applicationLogLevel: 'TRACE', systemLogLevel: 'WARN' })).ok).toBe(true);
    expect(parseScenario(withLogging({ logFormat: 'Text' })).ok).toBe(true);
  });
  it('names the field and the allowed values', () => {
    expect(parseScenario(withLogging({ logFormat: 'json', applicationLogLevel: 'VERBOSE', systemLogLevel: 'ERROR' }))).toEqual({
      ok: false,
      errors: [
        { path: 'nodes[1].loggingConfig.logFormat', message: 'must be "Text" or "JSON"' },
        { path: 'nodes[1].loggingConfig.applicationLogLevel', message: 'must be one of "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"' },
        { path: 'nodes[1].loggingConfig.systemLogLevel', message: 'must be one of "DEBUG", "INFO", "WARN"' },
      ],
    });
  });
});
