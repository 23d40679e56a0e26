import { describe, expect, it } from 'vitest';
import { Buffer as Shim } from './bufferShim';

describe('Buffer shim', () => {
  it('matches Node for the common encodings', () => {
    const text = 'héllo, wörld ✓';
    for (const encoding of ['utf8', 'base64', 'base64url', 'hex', 'latin1'] as const) {
      const native = Buffer.from(text).toString(encoding);
      expect(Shim.from(text).toString(encoding)).toBe(native);
      expect(Shim.from(native, encoding).toString()).toBe(Buffer.from(native, encoding).toString());
    }
    expect(Shim.byteLength(text)).toBe(Buffer.byteLength(text));
    expect(Shim.concat([Shim.from('ab'), Shim.from('cd')]).toString()).toBe('abcd');
    expect(JSON.stringify(Shim.from('hi'))).toBe(JSON.stringify(Buffer.from('hi')));
    expect(Shim.from(Shim.from('xyz').toJSON()).equals(Shim.from('xyz'))).toBe(true);
    const b = Shim.from('hello');
    b.slice(0, 1)[0] = 0x4a;
    expect(b.toString()).toBe('Jello');
    expect(Shim.isBuffer(b)).toBe(true);
  });
});
