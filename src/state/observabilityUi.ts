// UI selections shared between panels (a log line's request id opens its lineage, a lane's
// environment filters the logs). Kept apart from the app store: nothing here is scenario or run data.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface ObservabilityUi {
  /** The request or message whose lineage is shown. */
  traceId: string | null;
  /** Show only log lines of this request id. */
  logRequestId: string | null;
  /** A tab the panels asked to bring forward (consumed by whoever shows tabs). */
  focusTab: { id: string; seq: number } | null;
  /** Panel view settings (picked function, filters) that outlive switching tabs. */
  views: Record<string, unknown>;
  showTrace(traceId: string | null): void;
  filterLogsByRequest(requestId: string | null): void;
  requestTab(id: string): void;
}

export const observabilityUi = createStore<ObservabilityUi>()((set) => ({
  traceId: null,
  logRequestId: null,
  focusTab: null,
  views: {},
  showTrace: (traceId) => set({ traceId }),
  filterLogsByRequest: (logRequestId) => set({ logRequestId }),
  requestTab: (id) => set((s) => ({ focusTab: { id, seq: (s.focusTab?.seq ?? 0) + 1 } })),
}));

export function useObservabilityUi<T>(selector: (s: ObservabilityUi) => T): T {
  return useStore(observabilityUi, selector);
}

/** Like useState, but kept in the UI store so a panel finds it again after its tab was hidden. */
export function useViewState<T>(key: string, initial: T): [T, (value: T) => void] {
  const value = useObservabilityUi((s) => (key in s.views ? (s.views[key] as T) : initial));
  const set = (next: T) => observabilityUi.setState((s) => ({ views: { ...s.views, [key]: next } }));
  return [value, set];
}
