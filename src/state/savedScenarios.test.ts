import { describe, expect, it } from 'vitest';
import { helloColdStarts } from '../scenario/gallery/helloColdStarts';
import { deleteSaved, listSaved, renameSaved, saveScenario, SAVED_KEY } from './savedScenarios';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('saved scenarios', () => {
  it('saves newest first, renames and deletes', () => {
    const storage = memoryStorage();
    const a = saveScenario(storage, helloColdStarts, 'first', new Date(1000))!;
    const b = saveScenario(storage, { ...helloColdStarts, seed: 2 }, 'second', new Date(2000))!;
    expect(listSaved(storage).map((e) => e.name)).toEqual(['second', 'first']);
    renameSaved(storage, a.id, 'renamed');
    expect(listSaved(storage).find((e) => e.id === a.id)).toMatchObject({
      name: 'renamed',
      scenario: { name: 'renamed' },
    });
    deleteSaved(storage, b.id);
    expect(listSaved(storage).map((e) => e.id)).toEqual([a.id]);
  });
  it('ignores damaged storage and reports a full one', () => {
    const storage = memoryStorage();
    storage.setItem(SAVED_KEY, '{not json');
    expect(listSaved(storage)).toEqual([]);
    storage.setItem(
      SAVED_KEY,
      JSON.stringify([{ id: 1 }, null, { id: 'x', name: 'ok', scenario: helloColdStarts }]),
    );
    expect(listSaved(storage).map((e) => e.id)).toEqual(['x']);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveScenario(full, helloColdStarts)).toBe(null);
  });
});
