import { describe, expect, it } from 'vitest';
import * as nodeCrypto from 'node:crypto';
import { hashFunctions } from './createHash';

describe('createHash / createHmac', () => {
  const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000), 'héllo ✓'];
  it('match Node for sha256, sha1 and md5', () => {
    for (const algorithm of ['sha256', 'sha1', 'md5']) {
      for (const input of inputs) {
        expect(hashFunctions.createHash(algorithm).update(input).digest('hex')).toBe(nodeCrypto.createHash(algorithm).update(input).digest('hex'));
        const key = 'k'.repeat(input.length % 100);
        expect(hashFunctions.createHmac(algorithm, key).update(input).digest('base64')).toBe(
          nodeCrypto.createHmac(algorithm, key).update(input).digest('base64'),
        );
      }
    }
  });

  it('supports chained updates and refuses unknown digests', () => {
    expect(hashFunctions.createHash('SHA-256').update('a').update('bc').digest('hex')).toBe(nodeCrypto.createHash('sha256').update('abc').digest('hex'));
    expect(() => hashFunctions.createHash('sha3-512')).toThrow('Digest method not supported');
  });
});
