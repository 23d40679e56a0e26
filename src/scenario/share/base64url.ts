// base64url without padding (RFC 4648 §5): safe in a URL fragment without escaping.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/** The bytes, or a reason the text is not base64url (the first bad character and where). */
export function base64urlToBytes(text: string): Uint8Array | { error: string } {
  // Some chat apps re-encode links with standard base64's "+/" or add "=" padding.
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1)
    return { error: `its length (${clean.length}) is impossible for base64url: it was probably cut short` };
  const values = new Uint8Array(clean.length);
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const ch = clean[i];
    const v = ch === '+' ? 62 : ch === '/' ? 63 : code < 128 ? LOOKUP[code] : -1;
    if (v < 0) return { error: `character ${JSON.stringify(ch)} at position ${i} is not base64url` };
    values[i] = v;
  }
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (values[i] << 18) |
      ((values[i + 1] ?? 0) << 12) |
      ((i + 2 < clean.length ? values[i + 2] : 0) << 6) |
      (i + 3 < clean.length ? values[i + 3] : 0);
    out[o++] = n >> 16;
    if (i + 2 < clean.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < clean.length) out[o++] = n & 255;
  }
  return out;
}
