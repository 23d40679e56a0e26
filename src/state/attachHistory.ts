// Connects the pure history to the app store: every scenario change is recorded, undo/redo put
// an older scenario back, and the stacks live in sessionStorage so they survive a reload.
import type { Scenario } from '../engine/scenarioTypes';
import type { AppStore } from './appStore';
import { emptyHistory, HISTORY_LIMIT, record, redo, undo, type History } from './history';
import { functionNodes } from './scenarioEdits';

const KEY = 'lambda-playground:history:v1';
const SAVE_DELAY_MS = 500;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface HistoryController {
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Called after every change of the stacks (for toolbar buttons). */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

const controllers = new WeakMap<AppStore, HistoryController>();

/** The store's history, created on first use (idempotent, so StrictMode double effects are harmless). */
export function historyFor(
  store: AppStore,
  storage?: StorageLike,
  now: () => number = () => Date.now(),
): HistoryController {
  let controller = controllers.get(store);
  if (!controller) {
    controller = attachHistory(store, storage, now);
    controllers.set(store, controller);
  }
  return controller;
}

function load(storage: StorageLike | undefined, present: Scenario): History {
  try {
    const text = storage?.getItem(KEY);
    if (!text) return emptyHistory();
    const saved = JSON.parse(text) as { present: string; past: Scenario[]; future: Scenario[] };
    // Only the session's own draft continues its history; anything else starts fresh.
    if (
      saved.present !== JSON.stringify(present) ||
      !Array.isArray(saved.past) ||
      !Array.isArray(saved.future)
    ) {
      return emptyHistory();
    }
    return {
      ...emptyHistory(),
      past: saved.past.slice(-HISTORY_LIMIT),
      future: saved.future.slice(0, HISTORY_LIMIT),
    };
  } catch {
    return emptyHistory();
  }
}

export function attachHistory(
  store: AppStore,
  storage: StorageLike | undefined,
  now: () => number,
): HistoryController {
  let history = load(storage, store.getState().scenario);
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const changed = () => {
    listeners.forEach((l) => l());
    if (!storage) return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const save = () => {
    const present = JSON.stringify(store.getState().scenario);
    for (let keep = HISTORY_LIMIT; keep >= 0; keep = keep > 10 ? Math.floor(keep / 2) : keep - 5) {
      try {
        storage?.setItem(
          KEY,
          JSON.stringify({ present, past: history.past.slice(-keep), future: history.future.slice(0, keep) }),
        );
        return;
      } catch {
        // Quota: keep fewer steps.
      }
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (applying || state.scenario === previous.scenario) return;
    history = record(history, previous.scenario, state.scenario, now());
    changed();
  });

  function apply(step: { history: History; scenario: Scenario } | null): boolean {
    if (!step) return false;
    history = step.history;
    applying = true;
    try {
      const s = store.getState();
      const ids = new Set(step.scenario.nodes.map((n) => n.id));
      store.setState({
        scenario: step.scenario,
        selectedNodeId: s.selectedNodeId && ids.has(s.selectedNodeId) ? s.selectedNodeId : null,
        focusedFunctionId:
          s.focusedFunctionId && ids.has(s.focusedFunctionId)
            ? s.focusedFunctionId
            : (functionNodes(step.scenario)[0]?.id ?? null),
      });
    } finally {
      applying = false;
    }
    changed();
    return true;
  }

  return {
    undo: () => apply(undo(history, store.getState().scenario)),
    redo: () => apply(redo(history, store.getState().scenario)),
    canUndo: () => history.past.length > 0,
    canRedo: () => history.future.length > 0,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
