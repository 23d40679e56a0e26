import { describe, expect, it } from 'vitest';
import type { FunctionNode, LayerNode, Scenario } from '../engine/scenarioTypes';
import { deleteFile, renameFile, setFile } from './scenarioEdits';

function scenario(handler?: string): Scenario {
  return {
    version: 1,
    name: 'files',
    nodes: [
      { id: 'f', kind: 'function', name: 'f', files: { 'index.mjs': 'a', 'lib/util.mjs': 'b' }, ...(handler ? { handler } : {}) },
      { id: 'l', kind: 'layer', name: 'shared', files: { 'nodejs/node_modules/x/index.js': 'x' } },
    ],
    edges: [],
  } as Scenario;
}
const fn = (s: Scenario) => s.nodes[0] as FunctionNode;
const layer = (s: Scenario) => s.nodes[1] as LayerNode;

describe('file edits', () => {
  it('renames in place, keeping the tab order and the contents', () => {
    const s = renameFile(scenario(), 'f', 'lib/util.mjs', 'lib/helpers.mjs');
    expect(Object.entries(fn(s).files)).toEqual([
      ['index.mjs', 'a'],
      ['lib/helpers.mjs', 'b'],
    ]);
    expect(fn(s).handler).toBeUndefined();
  });

  it('moves the handler setting along with its module (default and explicit handler)', () => {
    expect(fn(renameFile(scenario(), 'f', 'index.mjs', 'main.mjs')).handler).toBe('main.handler');
    expect(fn(renameFile(scenario('src/app.run'), 'f', 'index.mjs', 'main.mjs')).handler).toBe('src/app.run');
    const moved = renameFile(scenario('lib/util.go'), 'f', 'lib/util.mjs', 'lib/tools.ts');
    expect(fn(moved).handler).toBe('lib/tools.go');
    // A non-code name (json) does not drag the handler to it.
    expect(fn(renameFile(scenario(), 'f', 'index.mjs', 'index.json')).handler).toBeUndefined();
  });

  it('deletes a file; layers edit the same way', () => {
    expect(Object.keys(fn(deleteFile(scenario(), 'f', 'lib/util.mjs')).files)).toEqual(['index.mjs']);
    let s = setFile(scenario(), 'l', 'nodejs/node_modules/y/index.js', 'y');
    s = renameFile(s, 'l', 'nodejs/node_modules/x/index.js', 'nodejs/node_modules/z/index.js');
    s = deleteFile(s, 'l', 'nodejs/node_modules/y/index.js');
    expect(layer(s).files).toEqual({ 'nodejs/node_modules/z/index.js': 'x' });
    // The function was not touched by the layer's edits.
    expect(fn(s).files).toEqual(fn(scenario()).files);
  });
});
