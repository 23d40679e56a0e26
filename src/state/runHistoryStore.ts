// The run's whole history (bounded, see runHistory.ts) and the time scrubber's position. Fed by
// the app store's samples; kept apart from it so a run update costs only appending its new
// seconds here, and so nothing in the scrubber re-renders the app when it moves.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SecondSample } from '../engine/reportTypes';
import type { AppStore } from './appStore';
import { RunHistory, type CumulativeCounts } from './runHistory';

/** A function as it was at one past second (badges on the canvas while scrubbing). */
export interface FunctionMoment {
  /** Busy environments: the maximum within that second. */
  busy: number;
  /** Environments that existed (maximum within that second). */
  environments: number;
  /** Counters from the start of the run through that second. */
  sums: CumulativeCounts;
  /** Highest ConcurrentExecutions from the start through that second. */
  maxBusy: number;
}

export interface Moment {
  t: number;
  /** Width of the stored bucket that second falls in (1 = exact second, more = coarser history). */
  resolutionS: number;
  functions: Record<string, FunctionMoment>;
  queues: Record<string, { visible: number; inFlight: number }>;
  /** The stored sample around that second (charts, dots). */
  sample: SecondSample | null;
}

export interface RunHistoryState {
  history: RunHistory;
  /** Bumped whenever seconds are added or the history is cleared. */
  version: number;
  /** Following the newest second (true) or showing a chosen window (false). */
  live: boolean;
  /** The chosen window, in simulated seconds, inclusive; meaningful when !live. */
  fromS: number;
  toS: number;
  /** The state at toS, computed once per move (null when live). */
  moment: Moment | null;
  /** Show [fromS, toS]; badges show toS. */
  scrubTo(fromS: number, toS: number): void;
  goLive(): void;
}

export function momentAt(history: RunHistory, t: number): Moment {
  const bucket = history.bucketAt(t);
  const sums = history.cumulativeAt(t);
  const sample = bucket ? (history.range(bucket.t, bucket.t, 1)[0] ?? null) : null;
  const maxBusy: Record<string, number> = {};
  for (const b of history.buckets()) {
    if (b.t > t) break;
    for (const [id, agg] of Object.entries(b.functions))
      maxBusy[id] = Math.max(maxBusy[id] ?? 0, agg.ConcurrentExecutions);
  }
  const functions: Record<string, FunctionMoment> = {};
  for (const [id, counts] of Object.entries(sums)) {
    const f = sample?.functions[id];
    functions[id] = {
      busy: f?.ConcurrentExecutions ?? 0,
      environments: f?.Environments ?? 0,
      sums: counts,
      maxBusy: maxBusy[id] ?? 0,
    };
  }
  return { t, resolutionS: bucket?.w ?? 1, functions, queues: sample?.queues ?? {}, sample };
}

export function createRunHistoryStore(app: AppStore): StoreApi<RunHistoryState> {
  const store = createStore<RunHistoryState>()((set, get) => ({
    history: new RunHistory(),
    version: 0,
    live: true,
    fromS: 0,
    toS: 0,
    moment: null,
    scrubTo(fromS, toS) {
      const { history } = get();
      if (history.lastT < 0) return;
      const to = Math.max(0, Math.min(history.lastT, Math.round(toS)));
      const from = Math.max(0, Math.min(to, Math.round(fromS)));
      set({ live: false, fromS: from, toS: to, moment: momentAt(history, to) });
    },
    goLive() {
      set({ live: true, moment: null });
    },
  }));

  let seen: readonly SecondSample[] = app.getState().samples;
  const feed = (samples: readonly SecondSample[]) => {
    if (samples === seen) return;
    seen = samples;
    const { history, version } = store.getState();
    const newest = samples.at(-1);
    if (!newest || newest.t < history.lastT) {
      // Reset, or a new run: start over and follow it.
      if (history.lastT >= 0)
        store.setState({ history: new RunHistory(), version: version + 1, live: true, moment: null });
      if (!newest) return;
    }
    const h = store.getState().history;
    // Only the tail is new: walk back to the first second not held yet.
    let i = samples.length;
    while (i > 0 && samples[i - 1].t > h.lastT) i--;
    if (i === samples.length) return;
    h.add(i === 0 ? samples : samples.slice(i));
    store.setState({ version: store.getState().version + 1 });
  };
  if (seen.length) {
    store.getState().history.add(seen);
    store.setState({ version: 1 });
  }
  app.subscribe((s) => feed(s.samples));
  return store;
}

const stores = new WeakMap<AppStore, StoreApi<RunHistoryState>>();

/** One history per app store, created (and subscribed) on first use. */
export function runHistoryOf(app: AppStore): StoreApi<RunHistoryState> {
  let store = stores.get(app);
  if (!store) stores.set(app, (store = createRunHistoryStore(app)));
  return store;
}
