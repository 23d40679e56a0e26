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

/**
 * With the history scrubber on a past moment: the end of its chosen second, in simulated ms
 * (what "as of then" means for the panels); null while following the run live.
 */
export function useScrubbedEndMs(): number | null {
  return useRunHistory((h) => (h.live ? null : (h.toS + 1) * 1000));
}
