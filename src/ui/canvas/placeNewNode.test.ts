import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../../scenario/gallery/helloColdStarts';
import { placeNewNode } from './placeNewNode';

describe('placeNewNode', () => {
  it('stacks a new function under the existing ones, right of the clients', () => {
    const p = placeNewNode('function', helloColdStarts.nodes, { x: 0, y: 0 });
    expect(p).toEqual({ x: 420, y: 270 });
  });
  it('stacks a new client under the existing clients', () => {
    const p = placeNewNode('client', helloColdStarts.nodes, { x: 0, y: 0 });
    expect(p).toEqual({ x: 60, y: 290 });
  });
  it('uses the screen centre on an empty canvas', () => {
    expect(placeNewNode('client', [], { x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
  });
});
