// Seeded randomness. Every consumer gets its own named stream derived from the scenario seed,
// so adding a client does not change the random numbers another client sees.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** The same draw as next() × 2^32, as an unsigned 32-bit integer (no float round trip). */
  nextUint32?(): number;
}

/** 32-bit FNV-1a of a string, for deriving stream seeds from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One sfc32 step over a state of four words (a, b, c, d): the next unsigned 32-bit output. The
 * array's int32 stores do the `| 0` the algorithm needs. Shared with the sandbox's seeded random numbers.
 */
export function sfc32Next(s: Int32Array): number {
  const a = s[0];
  const b = s[1];
  const c = s[2];
  const d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  s[3] = d + 1;
  s[0] = b ^ (b >>> 9);
  s[1] = c + (c << 3);
  s[2] = ((c << 21) | (c >>> 11)) + t;
  return t >>> 0;
}

/**
 * sfc32: small, fast, passes PractRand to large sizes. The state lives in an Int32Array, not in
 * closure variables: with pointer compression (Chrome, not Node) a small integer is 31 bits, so an
 * int32 kept in a closure slot was a new heap number on most writes (4 per draw; ~5x slower).
 */
export function createRng(seed: number, stream = ''): Rng {
  const s = new Int32Array(4);
  s[0] = 0x9e3779b9;
  s[1] = (seed | 0) ^ 0x243f6a88;
  s[2] = hashString(stream) ^ 0xb7e15162;
  s[3] = ((seed / 4294967296) | 0) ^ 1;
  const nextUint32 = (): number => sfc32Next(s);
  const next = (): number => nextUint32() / 4294967296;
  for (let i = 0; i < 15; i++) nextUint32();
  return { next, nextUint32 };
}

/** Exponential with the given mean. */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng.next()) * mean;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

function word(rng: Rng): number {
  return rng.nextUint32 ? rng.nextUint32() : Math.floor(rng.next() * 4294967296) >>> 0;
}

function hex8(w: number): string {
  return HEX[w >>> 24] + HEX[(w >>> 16) & 255] + HEX[(w >>> 8) & 255] + HEX[w & 255];
}

const HEX_CODES = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]);

/** The char code of the hex digit of `w` at bit `shift`. */
function digit(w: number, shift: number): number {
  return HEX_CODES[(w >>> shift) & 15];
}

/**
 * The four words of the stream's next UUID v4 (version and variant bits set), as int32. Drawn in
 * the order uuidFrom draws them, so formatUuid(...words) is the string uuidFrom would return.
 */
export function drawUuidWords(rng: Rng, into: UuidWords): void {
  into.idA = word(rng) | 0;
  into.idB = (word(rng) & 0xffff0fff) | 0x00004000;
  into.idC = (word(rng) & 0x3fffffff) | 0x80000000;
  into.idD = word(rng) | 0;
}

export interface UuidWords {
  idA: number;
  idB: number;
  idC: number;
  idD: number;
}

export function copyUuidWords(from: UuidWords, into: UuidWords): void {
  into.idA = from.idA;
  into.idB = from.idB;
  into.idC = from.idC;
  into.idD = from.idD;
}

/**
 * A UUID's 36 characters from its four words, built in one go: the char codes go straight to
 * fromCharCode (no array, no apply). Still the costliest step of an id: about as many
 * instructions as the rest of an invocation's bookkeeping, so request ids are formatted lazily.
 */
export function formatUuid(a: number, b: number, c: number, d: number): string {
  return String.fromCharCode(
    digit(a, 28), digit(a, 24), digit(a, 20), digit(a, 16), digit(a, 12), digit(a, 8), digit(a, 4), digit(a, 0), 45,
    digit(b, 28), digit(b, 24), digit(b, 20), digit(b, 16), 45,
    digit(b, 12), digit(b, 8), digit(b, 4), digit(b, 0), 45,
    digit(c, 28), digit(c, 24), digit(c, 20), digit(c, 16), 45,
    digit(c, 12), digit(c, 8), digit(c, 4), digit(c, 0),
    digit(d, 28), digit(d, 24), digit(d, 20), digit(d, 16), digit(d, 12), digit(d, 8), digit(d, 4), digit(d, 0),
  );
}

const scratchWords: UuidWords = { idA: 0, idB: 0, idC: 0, idD: 0 };

/** A UUID v4 string from the stream. */
export function uuidFrom(rng: Rng): string {
  drawUuidWords(rng, scratchWords);
  return formatUuid(scratchWords.idA, scratchWords.idB, scratchWords.idC, scratchWords.idD);
}

export function hex32(rng: Rng): string {
  return hex8(word(rng)) + hex8(word(rng)) + hex8(word(rng)) + hex8(word(rng));
}
