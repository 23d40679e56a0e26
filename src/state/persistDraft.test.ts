import { describe, expect, it, vi } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { parseScenario } from '../scenario/parseScenario';
import { createAppStore } from './appStore';
import { createFakeRunner } from './fakeRunner';
import { loadDraft, persistDraft } from './persistDraft';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('persistDraft', () => {
  it('saves edits and loads them back', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = createAppStore({
      createRunner: createFakeRunner,
      parseScenario,
      initialScenario: helloColdStarts,
    });
    persistDraft(store, storage);
    store.getState().updateNode('hello', { memoryMB: 512 });
    vi.advanceTimersByTime(1000);
    const draft = loadDraft(storage);
    expect(draft?.nodes.find((n) => n.id === 'hello')).toMatchObject({ memoryMB: 512 });
    vi.useRealTimers();
  });

  it('ignores missing or malformed drafts', () => {
    const storage = memoryStorage();
    expect(loadDraft(storage)).toBe(null);
    storage.setItem('lambda-playground:draft:v1', '{not json');
    expect(loadDraft(storage)).toBe(null);
    storage.setItem('lambda-playground:draft:v1', '{"version": 2, "nodes": [], "edges": []}');
    expect(loadDraft(storage)).toBe(null);
    expect(loadDraft(undefined)).toBe(null);
  });
});
