import { describe, expect, it } from 'vitest';
import { createNodeHost } from './createNodeHost';
import { TestDriver, testSpec } from '../testing/testDriver';
import type { EnvironmentSpec } from '../../engine/handlerHost';

const host = await createNodeHost();

function ready(files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}): TestDriver {
  const d = new TestDriver(host, testSpec(files, overrides));
  expect(d.init()).toEqual({ ok: true });
  return d;
}

const COUNTER = {
  'index.mjs': `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
    export const handler = async () => {
      const n = existsSync('/tmp/count') ? Number(readFileSync('/tmp/count', 'utf8')) + 1 : 1;
      writeFileSync('/tmp/count', String(n));
      return n;
    };`,
};

describe('/tmp', () => {
  it('persists across warm invokes, is separate per environment and survives a reset', () => {
    const a = ready(COUNTER);
    const b = ready(COUNTER);
    expect(a.invoke()).toMatchObject({ payload: 1 });
    expect(a.invoke()).toMatchObject({ payload: 2 });
    expect(b.invoke()).toMatchObject({ payload: 1 });
    const kept = a.env.transferState?.();
    const afterReset = ready(COUNTER, { inherited: kept });
    expect(afterReset.invoke()).toMatchObject({ payload: 3 });
  });

  it('reads the function files, refuses writes outside /tmp and enforces ephemeral storage', () => {
    const d = ready(
      {
        'index.mjs': `import fs from 'fs';
          import { readFile, mkdir, readdir } from 'fs/promises';
          const attempt = (fn) => { try { fn(); return 'ok'; } catch (e) { return e.code + ' ' + e.message; } };
          export const handler = async () => {
            await mkdir('/tmp/a/b', { recursive: true });
            fs.writeFileSync('/tmp/a/b/x.txt', 'hi');
            const big = new Uint8Array(600 * 1024 * 1024);
            return {
              template: (await readFile('/var/task/template.txt', 'utf8')).trim(),
              listing: await readdir('/tmp/a/b'),
              readOnly: attempt(() => fs.writeFileSync('/var/task/x', '1')),
              missing: attempt(() => fs.readFileSync('/tmp/nope')),
              full: attempt(() => fs.writeFileSync('/tmp/big', big)),
            };
          };`,
        'template.txt': 'Hello {{name}}\n',
      },
      { ephemeralStorageMB: 512 },
    );
    expect(d.invoke()).toMatchObject({
      ok: true,
      payload: {
        template: 'Hello {{name}}',
        listing: ['x.txt'],
        readOnly: "EROFS EROFS: read-only file system, open '/var/task/x'",
        missing: "ENOENT ENOENT: no such file or directory, open '/tmp/nope'",
        full: "ENOSPC ENOSPC: no space left on device, write '/tmp/big'",
      },
    });
  });

  it('supports callback forms', () => {
    const d = ready({
      'index.js': `const fs = require('fs');
        exports.handler = (event, context, callback) => {
          fs.writeFile('/tmp/f', 'data', (err) => {
            if (err) return callback(err);
            fs.readFile('/tmp/f', 'utf8', (err2, text) => callback(err2, text));
          });
        };`,
    });
    expect(d.invoke()).toMatchObject({ ok: true, payload: 'data' });
  });
});
