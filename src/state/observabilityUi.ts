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
  showTrace(traceId: string | null): void;
  filterLogsByRequest(requestId: string | null): void;
  requestTab(id: string): void;
}

export const observabilityUi = createStore<ObservabilityUi>()((set) => ({
  traceId: null,
  logRequestId: null,
  focusTab: null,
  showTrace: (traceId) => set({ traceId }),
  filterLogsByRequest: (logRequestId) => set({ logRequestId }),
  requestTab: (id) => set((s) => ({ focusTab: { id, seq: (s.focusTab?.seq ?? 0) + 1 } })),
}));

export function useObservabilityUi<T>(selector: (s: ObservabilityUi) => T): T {
  return useStore(observabilityUi, selector);
}
