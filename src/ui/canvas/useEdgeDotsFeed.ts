import { useEffect } from 'react';
import type { SecondSample } from '../../engine/reportTypes';
import type { AppStore } from '../../state/appStore';
import { runHistoryOf } from '../../state/runHistoryStore';
import { setEdgePlans } from './edgeDots';
import { dotPlan, edgeRates, type DotPlan, type FunctionRates } from './edgeTraffic';

/** How often edge traffic is re-read: dots show a rate, which needs no more than this. */
const FEED_MS = 500;
/** Seconds averaged for the live rate, so one quiet second does not empty an edge. */
const LIVE_SECONDS = 3;

function ratesOf(samples: readonly SecondSample[]): FunctionRates {
  const out: FunctionRates = {};
  for (const s of samples)
    for (const [id, f] of Object.entries(s.functions)) {
      const r = (out[id] ??= { Invocations: 0, Errors: 0, Throttles: 0, AsyncEventsDropped: 0 });
      r.Invocations += f.Invocations / samples.length;
      r.Errors += f.Errors / samples.length;
      r.Throttles += f.Throttles / samples.length;
      r.AsyncEventsDropped += f.AsyncEventsDropped / samples.length;
    }
  return out;
}

/**
 * Keeps the edge dots in step with the run: the newest seconds while live and running or paused
 * (frozen), the scrubbed second's traffic (frozen) while looking back, none otherwise. Work per
 * tick is O(edges + a few samples), off React.
 */
export function useEdgeDotsFeed(app: AppStore): void {
  useEffect(() => {
    const history = runHistoryOf(app);
    const tick = () => {
      const s = app.getState();
      const h = history.getState();
      const scenario = s.run.startedWith ?? s.scenario;
      const status = s.run.status;
      let samples: readonly SecondSample[] = [];
      let t = s.run.nowMs / 1000;
      if (!h.live) {
        samples = h.moment?.sample ? [h.moment.sample] : [];
        t = h.toS;
      } else if (status === 'running' || status === 'paused') samples = s.samples.slice(-LIVE_SECONDS);
      const plans: Record<string, DotPlan> = {};
      if (samples.length > 0) {
        const rates = edgeRates(scenario, ratesOf(samples), t);
        for (const [id, rate] of Object.entries(rates)) {
          const plan = dotPlan(rate, s.run.speed);
          if (plan) plans[id] = plan;
        }
      }
      setEdgePlans(plans, !h.live || status !== 'running');
    };
    tick();
    const timer = setInterval(tick, FEED_MS);
    // Pausing, scrubbing and resetting show at once, not at the next tick.
    const offHistory = history.subscribe((h, prev) => {
      if (h.live !== prev.live || h.toS !== prev.toS) tick();
    });
    const offApp = app.subscribe((s, prev) => {
      if (s.run.status !== prev.run.status) tick();
    });
    return () => {
      clearInterval(timer);
      offHistory();
      offApp();
    };
  }, [app]);
}
