import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { attachHistory } from './attachHistory';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';
import { changeKey, emptyHistory, record, redo, undo } from './history';
import { updateNode } from './scenarioEdits';

const a = helloColdStarts;
const b = updateNode(a, 'hello', { memoryMB: 256 });
const c = updateNode(b, 'hello', { memoryMB: 2560 });

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = record(emptyHistory(), a, b, 0);
    h = record(h, b, { ...c, nodes: [...c.nodes, { ...c.nodes[0], id: 'x' }] }, 5000);
    const u1 = undo(h, c)!;
    expect(u1.scenario).toBe(b);
    const u2 = undo(u1.history, u1.scenario)!;
    expect(u2.scenario).toBe(a);
    expect(undo(u2.history, a)).toBe(null);
    const r1 = redo(u2.history, a)!;
    expect(r1.scenario).toBe(b);
  });
  it('coalesces quick edits of the same field, not structural edits', () => {
    expect(changeKey(a, b)).toBe('node:hello');
    let h = record(emptyHistory(), a, b, 0);
    h = record(h, b, c, 300);
    expect(h.past).toEqual([a]);
    const added = { ...c, nodes: [...c.nodes, { ...c.nodes[0], id: 'copy' }] };
    expect(changeKey(c, added)).toBe(null);
    h = record(h, c, added, 400);
    expect(h.past).toEqual([a, c]);
  });
  it('is bounded and a new edit clears the redo stack', () => {
    let h = emptyHistory();
    let s = a;
    for (let i = 0; i < 30; i++) {
      const next = { ...s, nodes: [...s.nodes, { ...s.nodes[0], id: `n${i}` }] };
      h = record(h, s, next, i * 10, 10);
      s = next;
    }
    expect(h.past).toHaveLength(10);
    const u = undo(h, s)!;
    expect(u.history.future).toHaveLength(1);
    expect(record(u.history, u.scenario, a, 9999).future).toEqual([]);
  });
  it('follows the store and survives a reload through storage', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ createRunner: createFakeRunner, parseScenario, initialScenario: a });
    let now = 0;
    const h = attachHistory(store, storage, () => (now += 5000));
    store.getState().updateNode('hello', { memoryMB: 512 });
    store.getState().addClient();
    expect(h.canUndo()).toBe(true);
    h.undo();
    expect(store.getState().scenario.nodes).toHaveLength(2);
    h.undo();
    expect(store.getState().scenario).toBe(a);
    h.redo();
    expect(store.getState().scenario.nodes.find((n) => n.id === 'hello')).toMatchObject({ memoryMB: 512 });
    await new Promise((r) => setTimeout(r, 600));
    const reloaded = createAppStore({
      createRunner: createFakeRunner,
      parseScenario,
      initialScenario: store.getState().scenario,
    });
    const h2 = attachHistory(reloaded, storage, () => 0);
    expect(h2.canUndo()).toBe(true);
    expect(h2.canRedo()).toBe(true);
    h2.undo();
    expect(reloaded.getState().scenario).toEqual(a);
  });
});
