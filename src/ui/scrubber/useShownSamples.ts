// What the charts draw: the app store's newest seconds while live, the scrubber's window from the
// run history otherwise. A chosen window is read once per move, not on every run update.
import { useMemo } from 'react';
import type { SecondSample } from '../../engine/reportTypes';
import { EMPTY_TOTALS, type FunctionTotals } from '../../state/functionTotals';
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory, useRunHistoryApi } from '../../state/useRunHistory';
import { formatSeconds } from './overviewPaths';

/** The most points a chart is given (as many as the live window has seconds). */
export const MAX_CHART_POINTS = 300;

export function useShownSamples(): readonly SecondSample[] {
  const liveSamples = useAppStore((s) => s.samples);
  const api = useRunHistoryApi();
  const live = useRunHistory((s) => s.live);
  const fromS = useRunHistory((s) => s.fromS);
  const toS = useRunHistory((s) => s.toS);
  const past = useMemo(
    () => (live ? null : api.getState().history.range(fromS, toS, MAX_CHART_POINTS)),
    [live, fromS, toS, api],
  );
  return past ?? liveSamples;
}

/** "last 300 s" while live, else the chosen window. */
export function useShownWindowLabel(liveSeconds: number): string {
  const live = useRunHistory((s) => s.live);
  const fromS = useRunHistory((s) => s.fromS);
  const toS = useRunHistory((s) => s.toS);
  return live ? `last ${liveSeconds} s` : `${formatSeconds(fromS)} to ${formatSeconds(toS)} (scrubbed)`;
}

/** A function's run totals, or the totals through the scrubbed moment. */
export function useShownTotals(functionId: string | null): FunctionTotals {
  const liveTotals = useAppStore((s) => (functionId ? s.totals[functionId] : undefined)) ?? EMPTY_TOTALS;
  const moment = useRunHistory((s) => (functionId ? s.moment?.functions[functionId] : undefined));
  const live = useRunHistory((s) => s.live);
  return useMemo(
    () =>
      live
        ? liveTotals
        : {
            Invocations: moment?.sums.Invocations ?? 0,
            Errors: moment?.sums.Errors ?? 0,
            Throttles: moment?.sums.Throttles ?? 0,
            ColdStarts: moment?.sums.ColdStarts ?? 0,
            maxConcurrentExecutions: moment?.maxBusy ?? 0,
          },
    [live, liveTotals, moment],
  );
}
