import { describe, expect, it } from 'vitest';
import { matchEventPattern } from './matchEventPattern';

describe('matchEventPattern', () => {
  const event = { source: 'shop', 'detail-type': 'OrderPlaced', detail: { total: 120, state: 'NY', tags: ['a', 'b'] } };
  it('matches exact values, nesting, arrays and operators', () => {
    expect(matchEventPattern({ source: ['shop'] }, event)).toBe(true);
    expect(matchEventPattern({ source: ['bank'] }, event)).toBe(false);
    expect(matchEventPattern({ detail: { state: ['NY', 'CA'] } }, event)).toBe(true);
    expect(matchEventPattern({ detail: { tags: ['b'] } }, event)).toBe(true);
    expect(matchEventPattern({ detail: { total: [{ numeric: ['>', 100, '<=', 200] }] } }, event)).toBe(true);
    expect(matchEventPattern({ detail: { total: [{ numeric: ['<', 100] }] } }, event)).toBe(false);
    expect(matchEventPattern({ 'detail-type': [{ prefix: 'Order' }] }, event)).toBe(true);
    expect(matchEventPattern({ source: [{ 'anything-but': ['shop'] }] }, event)).toBe(false);
    expect(matchEventPattern({ detail: { missing: [{ exists: false }] } }, event)).toBe(true);
    expect(matchEventPattern({ detail: { state: [{ exists: true }] } }, event)).toBe(true);
    expect(matchEventPattern({ $or: [{ source: ['x'] }, { detail: { state: ['NY'] } }] }, event)).toBe(true);
  });
});
