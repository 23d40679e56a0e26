// Seeded generators for the loader fuzz tests: failures must reproduce from the seed.

export interface Rand {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

export function createRand(seed: number): Rand {
  let a = seed >>> 0;
  const next = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const STRINGS = [
  '',
  ' ',
  'function',
  'lambda',
  'nodejs22.x',
  '__proto__',
  'constructor',
  '💥',
  'x'.repeat(300),
  '../../etc/passwd',
  '{{seq}}',
  'NaN',
  '-1',
  '1e400',
  '<script>',
  '\u0000',
];
const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  3,
  128,
  10240,
  10241,
  900,
  901,
  1e9,
  -1e9,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Infinity,
  -Infinity,
];
export const NODE_KINDS = [
  'function',
  'layer',
  'client',
  'apiGateway',
  's3Bucket',
  'snsTopic',
  'sqsQueue',
  'kinesisStream',
  'dynamodbTable',
  'eventBridgeRule',
  'parameter',
  'lambda',
  'alb',
  '',
];

export function randomValue(r: Rand, depth = 0): unknown {
  switch (r.int(depth > 3 ? 5 : 8)) {
    case 0:
      return r.pick(STRINGS);
    case 1:
      return r.pick(NUMBERS);
    case 2:
      return r.next() < 0.5;
    case 3:
      return null;
    case 4:
      return Math.round(r.next() * 2000) - 500;
    case 5:
      return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
    case 6: {
      const out: Record<string, unknown> = {};
      for (let i = r.int(4); i > 0; i--)
        out[r.pick(['id', 'kind', 'name', 'files', 'version', 'nodes', 'edges', 'x', 'config', 'traffic'])] =
          randomValue(r, depth + 1);
      return out;
    }
    default:
      return undefined;
  }
}

type Container = Record<string, unknown> | unknown[];

/** Every (container, key) in a JSON tree, to pick a mutation site from. */
function sites(value: unknown, out: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), sites(v, out)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      sites(v, out);
    }
  }
  return out;
}

/** A deep copy of `doc` with 1-3 random mutations: deletions, wrong types, huge numbers, unknown kinds, junk. */
export function mutate(r: Rand, doc: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as unknown;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const all = sites(copy);
    if (!all.length) break;
    const [container, key] = r.pick(all);
    const c = container as Record<string | number, unknown>;
    switch (r.int(7)) {
      case 0:
        if (Array.isArray(container)) container.splice(key as number, 1);
        else delete c[key];
        break;
      case 1:
        c[key] = randomValue(r);
        break;
      case 2:
        c[key] = r.pick([1e308, -1e308, 2 ** 53, -1, 0, 1e6, Number.NaN, Infinity]);
        break;
      case 3:
        c[key] = r.pick(NODE_KINDS);
        break;
      case 4:
        c[key] = r.pick(['', 'x'.repeat(r.int(200)), String(r.next())]);
        break;
      case 5:
        if (Array.isArray(container))
          container.push(JSON.parse(JSON.stringify(container[key as number] ?? null)));
        else c[`${String(key)}X`] = c[key];
        break;
      default:
        c[key] = Array.isArray(c[key]) ? {} : [c[key]];
    }
  }
  return copy;
}

/** Text damage: truncate, flip, insert, delete or duplicate a slice. */
export function mangleText(r: Rand, text: string): string {
  const at = r.int(text.length + 1);
  switch (r.int(5)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(r.int(128)) + text.slice(at + 1);
    case 2:
      return (
        text.slice(0, at) + r.pick(['%', '=', '#', '.', 's2.', ' ', '\n', 'é', '+', '/']) + text.slice(at)
      );
    case 3:
      return text.slice(0, at) + text.slice(at + 1 + r.int(20));
    default:
      return text.slice(0, at) + text.slice(Math.max(0, at - 30), at) + text.slice(at);
  }
}
