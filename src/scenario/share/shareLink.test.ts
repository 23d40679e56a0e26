import { describe, expect, it } from 'vitest';
import { decodeShareLink } from './decodeShareLink';
import { checkShareLinkBudget, encodeShareLink, shareLinkLength } from './encodeShareLink';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw } from './deflateRaw';
import { helloColdStarts } from '../gallery/helloColdStarts';

// Packs arbitrary text the way a link does, to forge tampered links.
async function forge(text: string | Uint8Array, codec = 's1'): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return `${codec}.${bytesToBase64url(await deflateRaw(bytes))}`;
}

describe('share links', () => {
  it('round-trips a scenario exactly', async () => {
    const link = await encodeShareLink(helloColdStarts);
    expect(link).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(link)).toEqual({ ok: true, scenario: helloColdStarts });
  });

  it('accepts the fragment with "#" and the whole URL', async () => {
    const link = await encodeShareLink(helloColdStarts);
    for (const form of [`#${link}`, `https://example.org/playground/#${link}`, ` ${link}\n`]) {
      expect(await decodeShareLink(form)).toMatchObject({
        ok: true,
        scenario: { name: helloColdStarts.name },
      });
    }
  });

  it('tolerates percent-encoding and "=" padding added by other apps', async () => {
    const link = await encodeShareLink(helloColdStarts);
    const encoded = link.replace(/-/g, '%2D') + '==';
    expect((await decodeShareLink(encoded)).ok).toBe(true);
  });

  it('measures the link length with and without a base URL', async () => {
    const link = await encodeShareLink(helloColdStarts);
    expect(await shareLinkLength(helloColdStarts)).toBe(link.length);
    expect(await shareLinkLength(helloColdStarts, 'https://x.dev/')).toBe(
      link.length + 'https://x.dev/#'.length,
    );
  });

  it('is far shorter than the JSON it carries', async () => {
    const link = await encodeShareLink(helloColdStarts);
    expect(link.length).toBeLessThan(JSON.stringify(helloColdStarts).length * 0.8);
  });

  it('budget helper: fits up to 2,000 characters, warns past it', () => {
    expect(checkShareLinkBudget(2000)).toEqual({ length: 2000, budget: 2000, fits: true });
    const over = checkShareLinkBudget(2001);
    expect(over.fits).toBe(false);
    expect(over.warning).toMatch(/2,001 characters.*2,000/);
    expect(checkShareLinkBudget(50, 40).fits).toBe(false);
  });

  it('rejects a truncated link', async () => {
    const link = await encodeShareLink(helloColdStarts);
    for (const cut of [link.length - 1, link.length - 7, Math.floor(link.length / 2), 6]) {
      const result = await decodeShareLink(link.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/damaged|cut short/);
    }
  });

  it('rejects characters that are not base64url, naming the position', async () => {
    const link = await encodeShareLink(helloColdStarts);
    const result = await decodeShareLink(`${link.slice(0, 10)}!${link.slice(11)}`);
    expect(result).toEqual({
      ok: false,
      error: 'This link is damaged: character "!" at position 7 is not base64url. Copy the whole link again.',
    });
  });

  it('rejects data that is not deflate', async () => {
    const result = await decodeShareLink(
      `s1.${bytesToBase64url(new Uint8Array([255, 255, 255, 255, 1, 2, 3]))}`,
    );
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/does not unpack/) });
  });

  it('rejects a flipped byte in the middle (corrupt data)', async () => {
    const link = await encodeShareLink(helloColdStarts);
    const bytes = base64urlToBytes(link.slice(3)) as Uint8Array;
    let rejected = 0;
    for (let i = 0; i < bytes.length; i += 7) {
      const copy = bytes.slice();
      copy[i] ^= 0x5a;
      const result = await decodeShareLink(`s1.${bytesToBase64url(copy)}`);
      // A flipped bit may still inflate to valid JSON by chance, but then it must validate.
      if (result.ok) expect(result.scenario.version).toBe(1);
      else {
        rejected++;
        expect(result.error).toMatch(/^This link/);
      }
    }
    expect(rejected).toBeGreaterThan(0);
  });

  it('rejects deflated text that is not JSON, or not UTF-8', async () => {
    expect(await decodeShareLink(await forge('{"version":1,'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This link is damaged: its scenario is not valid JSON/),
    });
    expect(await decodeShareLink(await forge(new Uint8Array([0xff, 0xfe, 0x00])))).toEqual({
      ok: false,
      error: 'This link is damaged: its data is not text.',
    });
  });

  it('rejects a valid-JSON but invalid scenario with path-specific errors', async () => {
    const bad = {
      ...helloColdStarts,
      nodes: [{ ...helloColdStarts.nodes[0] }, { ...helloColdStarts.nodes[1], memoryMB: 1 }],
    };
    const result = await decodeShareLink(await forge(JSON.stringify(bad)));
    expect(result).toEqual({
      ok: false,
      error: "This link's scenario is not valid:\nnodes[1].memoryMB: must be between 128 and 10240",
      errors: [{ path: 'nodes[1].memoryMB', message: 'must be between 128 and 10240' }],
    });
  });

  it('rejects a scenario of a future format', async () => {
    const result = await decodeShareLink(await forge(JSON.stringify({ ...helloColdStarts, version: 3 })));
    expect(result).toMatchObject({
      ok: false,
      error:
        'This link was made by a newer version of Lambda Playground (format v3); this app reads up to v1.',
    });
  });

  it('rejects a future link codec and a link that is not ours', async () => {
    const future = await decodeShareLink(await forge(JSON.stringify(helloColdStarts), 's2'));
    expect(future).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version.*link format s2/),
    });
    for (const other of ['', '#', 'hello', 'https://example.org/#/settings', 'x1.abc']) {
      const result = await decodeShareLink(other);
      expect(result.ok, other).toBe(false);
    }
  });

  it('opens a link holding a v0 scenario and says it was migrated', async () => {
    const v0 = {
      version: 0,
      name: 'old',
      nodes: [
        { id: 'f', type: 'function', name: 'f', memory: 256, code: 'export const handler = async () => 1;' },
      ],
      edges: [],
    };
    const result = await decodeShareLink(await forge(JSON.stringify(v0)));
    expect(result).toMatchObject({ ok: true, migratedFrom: 0, scenario: { nodes: [{ memoryMB: 256 }] } });
  });

  it('refuses a decompression bomb without inflating it all', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(32); // 8 MB of spaces packs into a few KB
    const link = await forge(huge);
    expect(link.length).toBeLessThan(20000);
    expect(await decodeShareLink(link)).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
  });

  it('refuses an absurdly long link before decoding it', async () => {
    expect(await decodeShareLink(`s1.${'A'.repeat(3 * 1024 * 1024)}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refused.*characters long/),
    });
  });

  it('never throws on non-string input', async () => {
    expect(await decodeShareLink(undefined as unknown as string)).toMatchObject({ ok: false });
  });
});
