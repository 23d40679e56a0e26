// The draft scenario survives reloads: the user's work is never lost to a refresh or a crash.
import type { Scenario } from '../engine/scenarioTypes';
import type { AppStore } from './appStore';

const KEY = 'lambda-playground:draft:v1';
const SAVE_DELAY_MS = 400;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * A saved draft, if it has the scenario's basic shape. Drafts may be half-valid (that is what
 * editing looks like), so full validation waits for Run, where its errors are shown.
 */
export function loadDraft(storage: StorageLike | undefined): Scenario | null {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return null;
    const value = JSON.parse(text) as Partial<Scenario>;
    if (value?.version !== 1 || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return null;
    return value as Scenario;
  } catch {
    return null;
  }
}

/** Save the draft shortly after edits settle. Returns the unsubscribe function. */
export function persistDraft(store: AppStore, storage: StorageLike | undefined): () => void {
  if (!storage) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        storage.setItem(KEY, JSON.stringify(store.getState().scenario));
      } catch {
        // Storage full or blocked (private mode): keep working without saving.
      }
    }, SAVE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
