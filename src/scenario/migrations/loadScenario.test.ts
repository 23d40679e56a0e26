import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './loadScenario';
import { CURRENT_FORMAT_VERSION, migrations } from './migrations';
import { helloColdStarts } from '../gallery/helloColdStarts';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(fixturesDir + name, 'utf8'));

describe('loadScenario', () => {
  it('opens every frozen fixture of every past format', () => {
    const files = readdirSync(fixturesDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const result = loadScenario(fixture(file));
      expect(result, file).toMatchObject({ ok: true });
      const version = Number(/^scenario-v(\d+)-/.exec(file)?.[1]);
      if (result.ok)
        expect(result.migratedFrom, file).toBe(version === CURRENT_FORMAT_VERSION ? undefined : version);
    }
  });

  it('maps the v0 field names onto v1', () => {
    const result = loadScenario(fixture('scenario-v0-coldstarts.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const s = result.scenario;
    expect(s.version).toBe(1);
    expect(s.durationSeconds).toBe(60);
    const fn = s.nodes.find((n) => n.id === 'api');
    expect(fn).toMatchObject({
      kind: 'function',
      memoryMB: 256,
      timeoutSeconds: 5,
      reservedConcurrency: 20,
      provisionedConcurrency: 2,
      environment: { GREETING: 'hi' },
    });
    expect(fn && 'files' in fn && Object.keys(fn.files)).toEqual(['index.mjs']);
    expect(s.edges[0]).toEqual({ id: 'users-api', from: 'users', to: 'api', kind: 'invoke' });
  });

  it('passes the current format through untouched', () => {
    const result = loadScenario(JSON.parse(JSON.stringify(helloColdStarts)));
    expect(result).toEqual({ ok: true, scenario: helloColdStarts });
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 0; v < CURRENT_FORMAT_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('rejects a future format with a message that says so', () => {
    const result = loadScenario({ ...helloColdStarts, version: 2 });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          message:
            'this link was made by a newer version of Lambda Playground (format v2); this app reads up to v1',
        },
      ],
    });
  });

  it('names the field when the version is missing, not a number or negative', () => {
    const { version: _v, ...noVersion } = helloColdStarts;
    for (const input of [
      noVersion,
      { ...helloColdStarts, version: '1' },
      { ...helloColdStarts, version: 1.5 },
      { ...helloColdStarts, version: -1 },
    ]) {
      const result = loadScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0].path).toBe('version');
    }
  });

  it('reports invalid v0 documents at their v1 paths and says they were migrated', () => {
    const doc = fixture('scenario-v0-coldstarts.json') as { nodes: Record<string, unknown>[] };
    doc.nodes[1].memory = 64;
    const result = loadScenario(doc);
    expect(result).toEqual({
      ok: false,
      migratedFrom: 0,
      errors: [{ path: 'nodes[1].memoryMB', message: 'must be between 128 and 10240' }],
    });
  });

  it('keeps the new name when a v0 document has both spellings', () => {
    const doc = fixture('scenario-v0-coldstarts.json') as { nodes: Record<string, unknown>[] };
    doc.nodes[1].memoryMB = 512;
    const result = loadScenario(doc);
    expect(result.ok && result.scenario.nodes[1]).toMatchObject({ memoryMB: 512 });
  });

  it('never throws on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    expect(loadScenario(hostile)).toMatchObject({ ok: false, errors: [{ path: '(scenario)' }] });
    for (const input of [null, undefined, 42, 'x', [], { version: 0, nodes: 'x', edges: [1, null] }]) {
      expect(loadScenario(input).ok).toBe(false);
    }
  });
});
