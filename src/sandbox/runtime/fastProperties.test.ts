import { describe, expect, it } from 'vitest';
import { withFastProperties } from './fastProperties';

describe('withFastProperties', () => {
  it('keeps every property, its attributes and the prototype', () => {
    const target = Object.create(null) as Record<string | symbol, unknown>;
    for (let i = 0; i < 60; i++) target[`k${i}`] = i;
    Object.defineProperty(target, Symbol.toStringTag, { value: 'Thing' });
    Object.setPrototypeOf(target, Object.prototype);
    const before = Object.getOwnPropertyDescriptors(target);
    expect(withFastProperties(target)).toBe(target);
    expect(Object.getOwnPropertyDescriptors(target)).toEqual(before);
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
    expect(Object.prototype.toString.call(target)).toBe('[object Thing]');
  });

  it('works on functions with static members', () => {
    function F(this: { x: number }) {
      this.x = 1;
    }
    const statics = F as unknown as Record<string, unknown>;
    for (let i = 0; i < 40; i++) statics[`s${i}`] = i;
    withFastProperties(F);
    expect(statics.s39).toBe(39);
    expect(new (F as unknown as new () => { x: number })().x).toBe(1);
  });
});
