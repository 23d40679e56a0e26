import { useStore } from 'zustand';
import { createCompareStore, type CompareState, type CompareStore } from '../../state/compareStore';
import { createDefaultRunner } from '../../state/createDefaultRunner';

// One store for the page: results survive closing and reopening the workspace. Created on first
// use (never at import), so nothing starts a worker until someone runs a comparison.
let store: CompareStore | null = null;

export function compareStore(): CompareStore {
  if (!store) {
    store = createCompareStore(createDefaultRunner);
    window.addEventListener('pagehide', () => store?.getState().dispose());
  }
  return store;
}

export function useCompareStore<T>(selector: (s: CompareState) => T): T {
  return useStore(compareStore(), selector);
}
