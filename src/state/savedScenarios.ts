// The user's own list of saved scenarios, in localStorage. Each entry is a full scenario.
import type { Scenario } from '../engine/scenarioTypes';

export const SAVED_KEY = 'lambda-playground:saved:v1';
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedScenario {
  id: string;
  name: string;
  savedAt: string;
  scenario: Scenario;
}

export function listSaved(storage: StorageLike | undefined): SavedScenario[] {
  try {
    const value = JSON.parse(storage?.getItem(SAVED_KEY) ?? '[]') as unknown;
    return Array.isArray(value)
      ? value.filter(
          (e): e is SavedScenario =>
            !!e &&
            typeof e === 'object' &&
            typeof e.id === 'string' &&
            typeof e.name === 'string' &&
            !!e.scenario,
        )
      : [];
  } catch {
    return [];
  }
}

function write(storage: StorageLike | undefined, list: SavedScenario[]): boolean {
  try {
    storage?.setItem(SAVED_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** Save a copy under a name; returns false when storage is full or blocked. */
export function saveScenario(
  storage: StorageLike | undefined,
  scenario: Scenario,
  name = scenario.name,
  now = new Date(),
): SavedScenario | null {
  const list = listSaved(storage);
  const entry: SavedScenario = {
    id: `${now.getTime().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    name,
    savedAt: now.toISOString(),
    scenario,
  };
  return write(storage, [entry, ...list]) ? entry : null;
}

export function renameSaved(storage: StorageLike | undefined, id: string, name: string): boolean {
  return write(
    storage,
    listSaved(storage).map((e) => (e.id === id ? { ...e, name, scenario: { ...e.scenario, name } } : e)),
  );
}

export function deleteSaved(storage: StorageLike | undefined, id: string): boolean {
  return write(
    storage,
    listSaved(storage).filter((e) => e.id !== id),
  );
}
