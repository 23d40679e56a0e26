import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { runHistoryOf, type RunHistoryState } from './runHistoryStore';
import { useAppStoreApi } from './useAppStore';

/** Select from the run history and scrubber of the app store in context. */
export function useRunHistory<T>(selector: (s: RunHistoryState) => T): T {
  return useStore(useRunHistoryApi(), selector);
}

export function useRunHistoryApi(): StoreApi<RunHistoryState> {
  return runHistoryOf(useAppStoreApi());
}
