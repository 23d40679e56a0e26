import { describe, expect, it } from 'vitest';
import { applyUpdate, compileCondition, ExpressionError, type Item } from './dynamoExpressions';

const item: Item = {
  pk: { S: 'user#1' },
  sk: { S: 'order#2026-01-02' },
  total: { N: '120' },
  tags: { SS: ['a', 'b'] },
  address: { M: { city: { S: 'Paris' } } },
  items: { L: [{ S: 'x' }, { S: 'y' }] },
};

describe('DynamoDB expressions', () => {
  it('evaluates conditions', () => {
    const ctx = { names: { '#t': 'total', '#c': 'city' }, values: { ':v': { N: '100' }, ':p': { S: 'order#' }, ':c': { S: 'Paris' }, ':lo': { N: '1' }, ':hi': { N: '200' } } };
    const check = (e: string) => compileCondition(e, ctx)(item);
    expect(check('#t > :v')).toBe(true);
    expect(check('#t < :v')).toBe(false);
    expect(check('begins_with(sk, :p) AND address.#c = :c')).toBe(true);
    expect(check('attribute_not_exists(pk)')).toBe(false);
    expect(check('attribute_exists(pk) AND NOT (#t = :v)')).toBe(true);
    expect(check('#t BETWEEN :lo AND :hi')).toBe(true);
    expect(check('#t IN (:v, :hi)')).toBe(false);
    expect(check('size(items) = :lo OR contains(tags, :p)')).toBe(false);
    expect(() => compileCondition('#missing = :v', ctx)).toThrow(ExpressionError);
  });

  it('applies SET, arithmetic, if_not_exists, list_append, REMOVE and ADD', () => {
    const ctx = {
      names: { '#n': 'count' },
      values: { ':one': { N: '1' }, ':zero': { N: '0' }, ':more': { L: [{ S: 'z' }] }, ':s': { S: 'shipped' }, ':tag': { SS: ['c'] } },
    };
    const out = applyUpdate(
      item,
      'SET #n = if_not_exists(#n, :zero) + :one, items = list_append(items, :more), status = :s REMOVE address ADD tags :tag, total :one',
      ctx,
    );
    expect(out.count).toEqual({ N: '1' });
    expect(out.items).toEqual({ L: [{ S: 'x' }, { S: 'y' }, { S: 'z' }] });
    expect(out.status).toEqual({ S: 'shipped' });
    expect(out.address).toBeUndefined();
    expect(out.tags).toEqual({ SS: ['a', 'b', 'c'] });
    expect(out.total).toEqual({ N: '121' });
    expect(item.total).toEqual({ N: '120' }); // the original is untouched
  });
});
