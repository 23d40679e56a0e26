import { describe, expect, it } from 'vitest';
import { exportScenarioFile, scenarioFileName } from './exportScenarioFile';
import { importScenarioFile } from './importScenarioFile';
import { helloColdStarts } from '../gallery/helloColdStarts';

describe('scenario files', () => {
  it('round-trips through export and import', () => {
    const text = exportScenarioFile(helloColdStarts);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "name": "Hello, cold starts",');
    expect(importScenarioFile(text)).toEqual({ ok: true, scenario: helloColdStarts });
  });

  it('accepts a byte order mark', () => {
    expect(importScenarioFile(`\ufeff${exportScenarioFile(helloColdStarts)}`).ok).toBe(true);
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = exportScenarioFile(helloColdStarts).replace('"seed": 1,', '"seed": 1,,');
    const result = importScenarioFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].path).toBe('(json)');
    const line = text.split('\n').findIndex((l) => l.includes('"seed": 1,,')) + 1;
    expect(result.errors[0].message).toMatch(new RegExp(`^not valid JSON at line ${line}, column \\d+: `));
  });

  it('reports schema errors by path', () => {
    const doc = JSON.parse(exportScenarioFile(helloColdStarts));
    doc.nodes[1].timeoutSeconds = 901;
    doc.edges[0].to = 'ghost';
    const result = importScenarioFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'nodes[1].timeoutSeconds',
      message: 'must be between 1 and 900',
    });
  });

  it('refuses empty, non-object and huge files with a reason', () => {
    expect(importScenarioFile('')).toEqual({ ok: false, errors: [{ path: '(file)', message: 'is empty' }] });
    expect(importScenarioFile('[1,2]')).toEqual({
      ok: false,
      errors: [{ path: '(scenario)', message: 'must be a JSON object' }],
    });
    expect(importScenarioFile(' '.repeat(6 * 1024 * 1024))).toMatchObject({
      ok: false,
      errors: [{ path: '(file)' }],
    });
  });

  it('opens a v0 file', () => {
    const v0 = {
      version: 0,
      name: 'x',
      nodes: [{ id: 'f', type: 'function', name: 'f', code: 'export const handler = async () => 1;' }],
      edges: [],
    };
    expect(importScenarioFile(JSON.stringify(v0))).toMatchObject({ ok: true, migratedFrom: 0 });
  });

  it('derives a file name', () => {
    expect(scenarioFileName(helloColdStarts)).toBe('hello-cold-starts.json');
    expect(scenarioFileName({ name: '!!!' })).toBe('scenario.json');
  });
});
