import { describe, expect, it } from 'vitest';
import { toJsonValue } from './toJsonValue';

const viaJson = (v: unknown) => {
  const text = JSON.stringify(v);
  return text === undefined ? null : JSON.parse(text);
};

describe('toJsonValue', () => {
  it('gives what JSON.parse(JSON.stringify(v)) gives, keys in the same order', () => {
    const inherited = Object.create({ fromProto: 1 });
    inherited.own = 2;
    const hidden = { shown: 1 };
    Object.defineProperty(hidden, 'hidden', { value: 2, enumerable: false });
    const cases: unknown[] = [
      { ok: true },
      { b: 1, a: [1, undefined, () => 1, 'x'], 2: 'two', 1: 'one', nested: { d: new Date(0), n: NaN, u: undefined } },
      inherited,
      hidden,
      [{ toJSON: (key: string) => `key:${key}` }],
      { big: Infinity, s: new String('boxed'), n: new Number(3), f: new Boolean(false) },
      'text',
      7,
      null,
      undefined,
    ];
    for (const value of cases) {
      const out = toJsonValue(value);
      expect(out).toEqual(viaJson(value));
      expect(JSON.stringify(out)).toBe(JSON.stringify(viaJson(value)));
    }
  });

  it('copies: later changes to the handler result do not reach the response', () => {
    const result = { items: [1, 2] };
    const out = toJsonValue(result) as { items: number[] };
    result.items.push(3);
    expect(out.items).toEqual([1, 2]);
  });

  it('throws where JSON.stringify throws', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => toJsonValue(loop)).toThrow(TypeError);
    expect(() => toJsonValue({ n: BigInt(1) })).toThrow(/BigInt/);
  });
});
