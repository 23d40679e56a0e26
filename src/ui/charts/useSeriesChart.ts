import { useEffect, useState } from 'react';
import type SeriesChartType from './SeriesChart';

type SeriesChartComponent = typeof SeriesChartType;

let loaded: SeriesChartComponent | null = null;
let loading: Promise<SeriesChartComponent> | null = null;

function load(): Promise<SeriesChartComponent> {
  loading ??= import('./SeriesChart').then((mod) => (loaded = mod.default));
  return loading;
}

/**
 * The chart component once its chunk (Recharts) has loaded, else null. Not React.lazy: a
 * Suspense boundary that first mounts during a live run keeps being re-rendered by store updates
 * at 10/s, and on a busy machine its retry starved for tens of seconds ("Loading charts…").
 * Here the chunk loads after `delayMs` (or at once when `needed`), and one state update shows it.
 */
export function useSeriesChart(needed: boolean, delayMs: number): SeriesChartComponent | null {
  const [component, setComponent] = useState<SeriesChartComponent | null>(loaded);

  useEffect(() => {
    if (component) return;
    let cancelled = false;
    const timer = setTimeout(
      () =>
        void load().then(
          (c) => !cancelled && setComponent(() => c),
          () => {
            loading = null; // let a later render retry (e.g. after a network hiccup)
          },
        ),
      needed ? 0 : delayMs,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [component, needed, delayMs]);

  return component;
}
