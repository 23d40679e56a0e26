import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/scenarioTypes';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { autoLayout, layeredPositions } from './autoLayout';
import { connectKind, removeMany } from './canvasEdits';
import { addNodeOfKind } from './newNode';
import { copySelection, pasteClip } from './pasteNodes';
import { NODE_KINDS } from '../scenario/schema/nodeSchemas';

function withAll(): Scenario {
  let s: Scenario = helloColdStarts;
  for (const kind of NODE_KINDS) s = addNodeOfKind(s, kind, { x: 0, y: 0 }).scenario;
  return s;
}

describe('canvas edits', () => {
  it('every new node kind is valid as added', () => {
    const result = parseScenario(withAll());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  it('asks for a choice where several edge kinds fit, refuses forbidden pairs with a reason', () => {
    let s = addNodeOfKind(helloColdStarts, 'sqsQueue', { x: 0, y: 0 }).scenario;
    expect(connectKind(s, 'hello', 'queue-1')).toEqual({
      ok: 'choose',
      kinds: ['onSuccess', 'onFailure', 'deadLetter'],
    });
    const chosen = connectKind(s, 'hello', 'queue-1', 'deadLetter');
    expect(chosen.ok).toBe(true);
    s = addNodeOfKind(s, 'apiGateway', { x: 0, y: 0 }).scenario;
    const refused = connectKind(s, 'api-1', 'queue-1');
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok === false && refused.message).toMatch(/API Gateway/);
    const s3 = addNodeOfKind(s, 's3Bucket', { x: 0, y: 0 }).scenario;
    const esm = connectKind(s3, 'bucket-1', 'hello');
    expect(esm.ok === true && esm.scenario.edges.at(-1)?.kind).toBe('notify');
  });
  it('attaches a layer by connecting it, and detaches it when the layer is deleted', () => {
    let s = addNodeOfKind(helloColdStarts, 'layer', { x: 0, y: 0 }).scenario;
    const r = connectKind(s, 'layer-1', 'hello');
    if (r.ok !== true) throw new Error('expected ok');
    s = r.scenario;
    expect(s.nodes.find((n) => n.id === 'hello')).toMatchObject({ layers: ['layer-1'] });
    s = removeMany(s, ['layer-1'], []);
    expect(s.nodes.find((n) => n.id === 'hello')).toMatchObject({ layers: [] });
  });
});

describe('paste', () => {
  it('gives pasted nodes new ids and remaps the edges between them', () => {
    const clip = copySelection(helloColdStarts, ['users', 'hello']);
    const { scenario, ids } = pasteClip(helloColdStarts, clip);
    expect(ids).toEqual(['client-1', 'function-1']);
    const edge = scenario.edges.at(-1)!;
    expect(edge).toMatchObject({ from: 'client-1', to: 'function-1' });
    expect(new Set(scenario.edges.map((e) => e.id)).size).toBe(scenario.edges.length);
    const pasted = scenario.nodes.find((n) => n.id === 'function-1')!;
    const original = helloColdStarts.nodes.find((n) => n.id === 'hello')!;
    expect(pasted.position).toEqual({ x: original.position!.x + 40, y: original.position!.y + 40 });
    expect(parseScenario(scenario).ok).toBe(true);
  });
  it('leaves out edges to nodes outside the selection', () => {
    const { scenario } = pasteClip(helloColdStarts, copySelection(helloColdStarts, ['hello']));
    expect(scenario.edges).toHaveLength(helloColdStarts.edges.length);
  });
});

describe('auto-layout', () => {
  it('puts each node one column right of its upstream nodes', () => {
    let s = addNodeOfKind(helloColdStarts, 'sqsQueue', { x: 0, y: 0 }).scenario;
    const r = connectKind(s, 'hello', 'queue-1', 'onFailure');
    if (r.ok !== true) throw new Error('expected ok');
    s = r.scenario;
    const p = layeredPositions(s);
    expect(p.users.x).toBeLessThan(p.hello.x);
    expect(p.hello.x).toBeLessThan(p['queue-1'].x);
  });
  it('survives cycles and wraps long columns', () => {
    let s = withAll();
    s = { ...s, edges: [...s.edges, { id: 'loop', from: 'queue-1', to: 'queue-1', kind: 'redrive' }] };
    const laid = autoLayout(s);
    expect(laid.nodes.every((n) => n.position && Number.isFinite(n.position.x))).toBe(true);
    const xs = new Set(laid.nodes.map((n) => n.position!.x));
    expect(xs.size).toBeGreaterThan(2);
  });
});
