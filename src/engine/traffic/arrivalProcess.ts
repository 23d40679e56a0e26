import type { Traffic } from '../scenarioTypes';
import { exponential, type Rng } from '../rng';

/** Yields arrival times (ms, non-decreasing); Infinity when the client is done. */
export interface ArrivalProcess {
  next(): number;
}

const NEVER: ArrivalProcess = { next: () => Infinity };

// 'constant' is evenly spaced; 'poisson' has exponential gaps; ramp, spike and sine are
// Poisson processes with a time-varying rate (thinning), so bursts look like real traffic.
export function createArrivalProcess(traffic: Traffic, rng: Rng, endMs: number): ArrivalProcess {
  const startMs = (traffic.startSecond ?? 0) * 1000;
  const stopMs = Math.min(endMs, traffic.stopSecond !== undefined ? traffic.stopSecond * 1000 : Infinity);
  const within = (inner: () => number): ArrivalProcess => ({
    next: () => {
      const t = inner();
      return t < stopMs ? t : Infinity;
    },
  });
  switch (traffic.pattern) {
    case 'manual':
      return NEVER;
    case 'constant': {
      if (traffic.ratePerSecond <= 0) return NEVER;
      const gapMs = 1000 / traffic.ratePerSecond;
      let k = 0;
      return within(() => startMs + gapMs * k++);
    }
    case 'poisson': {
      if (traffic.ratePerSecond <= 0) return NEVER;
      const meanGapMs = 1000 / traffic.ratePerSecond;
      // A field, not a closure variable: a fractional time in a closure slot is a new heap
      // number per arrival; a double field is updated in place.
      const last = { ms: startMs };
      return within(() => (last.ms += exponential(rng, meanGapMs)));
    }
    case 'burst': {
      const atMs = startMs + traffic.atSecond * 1000;
      let left = traffic.count;
      return within(() => (left-- > 0 ? atMs : Infinity));
    }
    default: {
      const { rate, maxRate } = rateFunction(traffic);
      if (maxRate <= 0) return NEVER;
      const meanGapMs = 1000 / maxRate;
      const last = { ms: startMs };
      return within(() => {
        for (;;) {
          const t = (last.ms += exponential(rng, meanGapMs));
          if (t >= stopMs) return Infinity;
          if (rng.next() * maxRate < rate((t - startMs) / 1000)) return t;
        }
      });
    }
  }
}

/** Rate per second at `s` seconds after the traffic starts, for the time-varying patterns. */
export function rateFunction(traffic: Traffic): { rate: (s: number) => number; maxRate: number } {
  switch (traffic.pattern) {
    case 'ramp': {
      const { fromPerSecond: from, toPerSecond: to, overSeconds: over } = traffic;
      return { rate: (s) => from + (to - from) * Math.min(1, s / over), maxRate: Math.max(from, to) };
    }
    case 'spike': {
      const { basePerSecond: base, peakPerSecond: peak, atSecond: at, forSeconds: len } = traffic;
      return { rate: (s) => (s >= at && s < at + len ? peak : base), maxRate: Math.max(base, peak) };
    }
    case 'sine': {
      const { meanPerSecond: mean, amplitudePerSecond: amp, periodSeconds: period } = traffic;
      return {
        rate: (s) => Math.max(0, mean + amp * Math.sin((2 * Math.PI * s) / period)),
        maxRate: mean + Math.abs(amp),
      };
    }
    case 'constant':
    case 'poisson':
      return { rate: () => traffic.ratePerSecond, maxRate: traffic.ratePerSecond };
    default:
      return { rate: () => 0, maxRate: 0 };
  }
}
