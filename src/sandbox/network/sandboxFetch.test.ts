import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenarioTypes';
import { simulateWithLogs, userLines } from '../node/simulateWithLogs';
import { checkFetchUrl } from './checkFetchUrl';
import { cspSource } from './hostRules';
import { grantForRun, NETWORK_OFF, type NetworkGrant } from './networkGrant';
import type { NativeFetch } from './createSandboxFetch';

function scenario(url: string, ask?: Scenario['sandbox']): Scenario {
  return {
    version: 1,
    name: 'fetcher',
    seed: 1,
    durationSeconds: 2,
    cpu: 'ignored',
    ...(ask ? { sandbox: ask } : {}),
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 1 } },
      {
        id: 'f',
        kind: 'function',
        name: 'f',
        files: {
          'index.mjs': `export const handler = async () => {
  const t0 = Date.now();
  try {
    const res = await fetch(${JSON.stringify(url)}, { headers: { 'x-a': '1' } });
    console.log('status', res.status, await res.text(), 'waited', Date.now() - t0);
  } catch (e) { console.log('caught', e.message); }
};`,
        },
      },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

/** A stand-in for the real network: answers after `delayMs` of real time. */
function fakeNetwork(delayMs: number, seen: string[]): NativeFetch {
  return (url, init) => {
    seen.push(`${init.method ?? 'GET'} ${url} ${JSON.stringify(init.headers)}`);
    return new Promise((resolve) => setTimeout(() => resolve(new Response('pong', { status: 203 })), delayMs));
  };
}

async function firstLine(s: Scenario, network: NetworkGrant, nativeFetch: NativeFetch): Promise<string> {
  const { logs } = await simulateWithLogs(s, { network, nativeFetch });
  return userLines(logs, 'f')[0]?.message ?? '(no line)';
}

describe('handler fetch', () => {
  it('fails with a message naming the rule when the scenario does not ask for network', async () => {
    const seen: string[] = [];
    const line = await firstLine(scenario('https://api.example.com/x'), NETWORK_OFF, fakeNetwork(1, seen));
    expect(line).toMatch(/^caught fetch failed: network access is off for this scenario; it does not ask for it/);
    expect(seen).toEqual([]);
  });

  it('says the user declined when the scenario asked and the run has no network', async () => {
    const s = scenario('https://api.example.com/x', { network: { allow: ['api.example.com'] } });
    const line = await firstLine(s, grantForRun(s, false), fakeNetwork(1, []));
    expect(line).toContain('network access is off for this run; you chose "Run without network"');
  });

  it('performs a granted request and charges its real round trip as a virtual wait', async () => {
    const seen: string[] = [];
    const s = scenario('https://api.example.com/x', { network: { allow: ['api.example.com'] } });
    const line = await firstLine(s, grantForRun(s, true), fakeNetwork(30, seen));
    const m = /^status 203 pong waited (\d+)$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(25);
    expect(new Set(seen)).toEqual(new Set(['GET https://api.example.com/x {"x-a":"1"}']));
  });

  it('refuses hosts outside the list, naming the list', async () => {
    const seen: string[] = [];
    const s = scenario('https://evil.example.net/x', { network: { allow: ['api.example.com'] } });
    const line = await firstLine(s, grantForRun(s, true), fakeNetwork(1, seen));
    expect(line).toBe(
      'caught fetch failed: network access to https://evil.example.net is not allowed; this scenario may reach only api.example.com (sandbox.network.allow)',
    );
    expect(seen).toEqual([]);
  });
});

describe('host rules', () => {
  const on = (hosts: 'any' | string[]): NetworkGrant => ({ kind: 'on', hosts });
  it('matches scheme, host, subdomains and port like CSP', () => {
    expect(checkFetchUrl(on(['api.example.com']), 'https://api.example.com/a?b').ok).toBe(true);
    expect(checkFetchUrl(on(['api.example.com']), 'http://api.example.com/').ok).toBe(false);
    expect(checkFetchUrl(on(['api.example.com']), 'https://api.example.com:8443/').ok).toBe(false);
    expect(checkFetchUrl(on(['*.example.com']), 'https://a.b.example.com/').ok).toBe(true);
    expect(checkFetchUrl(on(['*.example.com']), 'https://example.com/').ok).toBe(false);
    expect(checkFetchUrl(on(['http://127.0.0.1:4251']), 'http://127.0.0.1:4251/favicon.svg').ok).toBe(true);
    expect(checkFetchUrl(on('any'), 'https://anything.test/').ok).toBe(true);
    expect(checkFetchUrl(on('any'), 'http://anything.test/').ok).toBe(false);
    expect(checkFetchUrl(on('any'), '/relative')).toEqual({ ok: false, error: '"/relative" is not an absolute URL (handlers have no page to be relative to)' });
  });

  it('turns patterns into CSP sources with explicit schemes', () => {
    expect(cspSource('api.example.com')).toBe('https://api.example.com');
    expect(cspSource('*.Example.com:8443')).toBe('https://*.example.com:8443');
    expect(cspSource('http://127.0.0.1:4251')).toBe('http://127.0.0.1:4251');
    expect(cspSource('https://x.test:443')).toBe('https://x.test');
  });
});
