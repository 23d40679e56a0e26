import type { Traffic, TrafficPattern } from '../../engine/scenarioTypes';

export type PatternName = TrafficPattern['pattern'];

export interface TrafficFieldSpec {
  key: string;
  label: string;
  unit: string;
  hint: string;
  min: number;
}

export const PATTERNS: { value: PatternName; label: string; hint: string }[] = [
  { value: 'poisson', label: 'Poisson', hint: 'Random arrivals at an average rate, like independent users.' },
  { value: 'constant', label: 'Constant', hint: 'Evenly spaced requests at a fixed rate.' },
  { value: 'ramp', label: 'Ramp', hint: 'Rate changes linearly from one value to another.' },
  { value: 'spike', label: 'Spike', hint: 'A base rate with a short peak, like a flash sale.' },
  { value: 'burst', label: 'Burst', hint: 'Many requests at the same instant.' },
  { value: 'sine', label: 'Sine', hint: 'Rate rises and falls periodically, like a daily cycle.' },
  { value: 'manual', label: 'Manual', hint: 'No traffic by itself; only requests you send.' },
];

const rate = (key: string, label: string): TrafficFieldSpec => ({
  key,
  label,
  unit: 'req/s',
  hint: '',
  min: 0,
});
const seconds = (key: string, label: string): TrafficFieldSpec => ({
  key,
  label,
  unit: 's',
  hint: '',
  min: 0,
});

export const FIELDS: Record<PatternName, TrafficFieldSpec[]> = {
  constant: [rate('ratePerSecond', 'Rate')],
  poisson: [rate('ratePerSecond', 'Average rate')],
  ramp: [rate('fromPerSecond', 'From'), rate('toPerSecond', 'To'), seconds('overSeconds', 'Over')],
  spike: [
    rate('basePerSecond', 'Base rate'),
    rate('peakPerSecond', 'Peak rate'),
    seconds('atSecond', 'Starts at'),
    seconds('forSeconds', 'Lasts'),
  ],
  burst: [{ key: 'count', label: 'Requests', unit: 'count', hint: '', min: 0 }, seconds('atSecond', 'At')],
  sine: [
    rate('meanPerSecond', 'Mean rate'),
    rate('amplitudePerSecond', 'Amplitude'),
    seconds('periodSeconds', 'Period'),
  ],
  manual: [],
};

/** The main rate of a pattern, carried over when switching so the load stays comparable. */
function mainRate(traffic: Traffic): number {
  switch (traffic.pattern) {
    case 'constant':
    case 'poisson':
      return traffic.ratePerSecond;
    case 'ramp':
      return traffic.toPerSecond;
    case 'spike':
      return traffic.basePerSecond;
    case 'sine':
      return traffic.meanPerSecond;
    case 'burst':
      return Math.max(1, Math.round(traffic.count / 10));
    case 'manual':
      return 1;
  }
}

export function switchPattern(traffic: Traffic, pattern: PatternName): Traffic {
  const r = mainRate(traffic);
  const window = { startSecond: traffic.startSecond, stopSecond: traffic.stopSecond };
  const keep = Object.fromEntries(Object.entries(window).filter(([, v]) => v !== undefined));
  switch (pattern) {
    case 'constant':
    case 'poisson':
      return { pattern, ratePerSecond: r, ...keep };
    case 'ramp':
      return { pattern, fromPerSecond: 0, toPerSecond: r, overSeconds: 60, ...keep };
    case 'spike':
      return { pattern, basePerSecond: r, peakPerSecond: r * 10, atSecond: 30, forSeconds: 10, ...keep };
    case 'burst':
      return { pattern, count: 100, atSecond: 5, ...keep };
    case 'sine':
      return { pattern, meanPerSecond: r, amplitudePerSecond: r / 2, periodSeconds: 60, ...keep };
    case 'manual':
      return { pattern, ...keep };
  }
}
