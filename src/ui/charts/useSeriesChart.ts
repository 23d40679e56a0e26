import { useEffect, useState } from 'react';
import { whenIdleAfterInteraction } from '../common/firstInteraction';
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
 * Here the chunk loads at once when `needed`, else when the browser is idle after the page's first
 * interaction (prefetch, so the first run's charts do not wait), and one state update shows it.
 */
export function useSeriesChart(needed: boolean): SeriesChartComponent | null {
  const [component, setComponent] = useState<SeriesChartComponent | null>(loaded);

  useEffect(() => {
    if (component) return;
    let cancelled = false;
    const go = () =>
      void load().then(
        (c) => !cancelled && setComponent(() => c),
        () => {
          loading = null; // let a later render retry (e.g. after a network hiccup)
        },
      );
    const timer = needed ? setTimeout(go, 0) : null;
    const cancelIdle = needed ? null : whenIdleAfterInteraction(go);
    return () => {
      cancelled = true;
      if (timer !== null) clearTimeout(timer);
      cancelIdle?.();
    };
  }, [component, needed]);

  return component;
}
