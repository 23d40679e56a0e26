// The whole run's per-second samples, kept at falling resolution so memory stays bounded for
// days of simulated time: the newest seconds one by one, older ones in 10 s buckets, the oldest in
// minute buckets that double in width whenever their tier is full. Only aggregation happens here
// (sums of counts, maxima of levels); the values themselves are the engine's.
import type { AccountSecond, FunctionSecond, SecondSample } from '../engine/reportTypes';

/** Counters that add up across seconds; every other FunctionSecond field is a level (max wins). */
const SUMMED = [
  'Invocations',
  'Errors',
  'Throttles',
  'Retries',
  'ColdStarts',
  'AsyncEventsReceived',
  'AsyncEventsDropped',
  'ProvisionedConcurrencyInvocations',
  'ProvisionedConcurrencySpilloverInvocations',
] as const satisfies readonly (keyof FunctionSecond)[];
const MAXED = [
  'ConcurrentExecutions',
  'Environments',
  'ProvisionedConcurrentExecutions',
  'ProvisionedConcurrencyUtilization',
  'DurationP99',
] as const satisfies readonly (keyof FunctionSecond)[];

type Summed = (typeof SUMMED)[number];
type Maxed = (typeof MAXED)[number];

/** One function's aggregate over a bucket. p50 is kept as an invocation-weighted mean (a p50 of p50s does not exist). */
export type FunctionAgg = Record<Summed, number> &
  Partial<Record<Maxed, number>> & { p50Sum: number; p50Weight: number };

export interface Bucket {
  /** First simulated second covered. */
  t: number;
  /** Seconds of time the bucket spans. */
  w: number;
  /** Seconds actually reported into it (less than w when the stream skipped seconds). */
  n: number;
  functions: Record<string, FunctionAgg>;
  queues: Record<string, { visible: number; inFlight: number }>;
  account?: AccountSecond;
  /** All functions' invocations and errors + throttles, for the scrubber's overview strip. */
  invocations: number;
  failures: number;
}

export interface TierSpec {
  width: number;
  cap: number;
}

/** 15 minutes by the second, 2 hours by 10 s, then a day by the minute (widening beyond). */
export const DEFAULT_TIERS: readonly TierSpec[] = [
  { width: 1, cap: 900 },
  { width: 10, cap: 720 },
  { width: 60, cap: 1440 },
];

export type CumulativeCounts = Record<Summed, number>;

function emptyAgg(): FunctionAgg {
  const agg = { p50Sum: 0, p50Weight: 0 } as FunctionAgg;
  for (const k of SUMMED) agg[k] = 0;
  return agg;
}

function mergeAgg(into: FunctionAgg, from: FunctionAgg): void {
  for (const k of SUMMED) into[k] += from[k];
  for (const k of MAXED) {
    const v = from[k];
    if (v !== undefined) into[k] = Math.max(into[k] ?? v, v);
  }
  into.p50Sum += from.p50Sum;
  into.p50Weight += from.p50Weight;
}

function bucketOf(sample: SecondSample): Bucket {
  const functions: Record<string, FunctionAgg> = {};
  let invocations = 0;
  let failures = 0;
  for (const [id, f] of Object.entries(sample.functions)) {
    const agg = emptyAgg();
    for (const k of SUMMED) agg[k] = f[k] ?? 0;
    for (const k of MAXED) if (f[k] !== undefined) agg[k] = f[k];
    if (f.DurationP50 !== undefined) {
      const weight = Math.max(1, f.Invocations);
      agg.p50Sum = f.DurationP50 * weight;
      agg.p50Weight = weight;
    }
    functions[id] = agg;
    invocations += f.Invocations;
    failures += f.Errors + f.Throttles;
  }
  const queues: Bucket['queues'] = {};
  for (const [id, q] of Object.entries(sample.queues)) queues[id] = { visible: q.visible, inFlight: q.inFlight };
  const bucket: Bucket = { t: sample.t, w: 1, n: 1, functions, queues, invocations, failures };
  if (sample.account) bucket.account = { ...sample.account };
  return bucket;
}

/** Adds `from` (a later bucket) into `into`. */
function mergeBucket(into: Bucket, from: Bucket): void {
  into.n += from.n;
  into.invocations += from.invocations;
  into.failures += from.failures;
  for (const [id, agg] of Object.entries(from.functions)) {
    const target = into.functions[id];
    if (target) mergeAgg(target, agg);
    else into.functions[id] = { ...agg };
  }
  for (const [id, q] of Object.entries(from.queues)) {
    const target = into.queues[id];
    if (target) {
      target.visible = Math.max(target.visible, q.visible);
      target.inFlight = Math.max(target.inFlight, q.inFlight);
    } else into.queues[id] = { ...q };
  }
  if (from.account) {
    const a = into.account;
    if (!a) into.account = { ...from.account };
    else {
      a.ConcurrentExecutions = Math.max(a.ConcurrentExecutions, from.account.ConcurrentExecutions);
      a.UnreservedConcurrentExecutions = Math.max(
        a.UnreservedConcurrentExecutions,
        from.account.UnreservedConcurrentExecutions,
      );
      a.ClaimedAccountConcurrency = Math.max(a.ClaimedAccountConcurrency, from.account.ClaimedAccountConcurrency);
      a.Throttles += from.account.Throttles;
    }
  }
}

function copyBucket(b: Bucket, t: number, w: number): Bucket {
  const copy: Bucket = { t, w, n: 0, functions: {}, queues: {}, invocations: 0, failures: 0 };
  mergeBucket(copy, b);
  return copy;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A bucket as a sample the charts understand: counts become per-second averages over the seconds
 * reported (so a 10 s bucket and a 1 s one share the axis), levels stay the bucket's maximum.
 */
export function toSample(b: Bucket): SecondSample {
  const functions: Record<string, FunctionSecond> = {};
  const per = Math.max(1, b.n);
  for (const [id, agg] of Object.entries(b.functions)) {
    const f = {} as FunctionSecond;
    for (const k of SUMMED) f[k] = b.n <= 1 ? agg[k] : round2(agg[k] / per);
    f.ConcurrentExecutions = agg.ConcurrentExecutions ?? 0;
    f.Environments = agg.Environments ?? 0;
    for (const k of MAXED) if (agg[k] !== undefined) f[k] = agg[k];
    if (agg.p50Weight > 0) f.DurationP50 = round2(agg.p50Sum / agg.p50Weight);
    functions[id] = f;
  }
  const queues: SecondSample['queues'] = {};
  for (const [id, q] of Object.entries(b.queues)) queues[id] = { ...q };
  const sample: SecondSample = { t: b.t, functions, queues };
  if (b.account)
    sample.account = { ...b.account, Throttles: b.n <= 1 ? b.account.Throttles : round2(b.account.Throttles / per) };
  return sample;
}

export class RunHistory {
  /** tiers[0] holds the newest seconds; each later tier is older and coarser. Buckets in time order. */
  readonly tiers: { width: number; cap: number; buckets: Bucket[] }[];
  /** The last second added, -1 before any. */
  lastT = -1;
  /** Sums of every counter over the whole run, per function. */
  readonly totals: Record<string, CumulativeCounts> = {};

  constructor(spec: readonly TierSpec[] = DEFAULT_TIERS) {
    if (spec.length === 0 || spec[0].width !== 1) throw new Error('the first tier must hold single seconds');
    this.tiers = spec.map((s) => ({ width: s.width, cap: Math.max(2, s.cap), buckets: [] }));
  }

  get size(): number {
    return this.tiers.reduce((n, tier) => n + tier.buckets.length, 0);
  }

  /** The first second still held (oldest bucket's start), or -1 when empty. */
  get firstT(): number {
    for (let i = this.tiers.length - 1; i >= 0; i--) {
      const b = this.tiers[i].buckets[0];
      if (b) return b.t;
    }
    return -1;
  }

  /** Adds seconds in time order; seconds already held are ignored (an update may repeat one). */
  add(samples: readonly SecondSample[]): number {
    let added = 0;
    for (const s of samples) {
      if (s.t <= this.lastT) continue;
      this.lastT = s.t;
      for (const [id, f] of Object.entries(s.functions)) {
        const total = (this.totals[id] ??= emptyCounts());
        for (const k of SUMMED) total[k] += f[k] ?? 0;
      }
      this.tiers[0].buckets.push(bucketOf(s));
      this.cascade();
      added++;
    }
    return added;
  }

  private cascade(): void {
    for (let i = 0; i < this.tiers.length; i++) {
      const tier = this.tiers[i];
      if (tier.buckets.length <= tier.cap) return;
      const next = this.tiers[i + 1];
      if (!next) {
        this.widen(tier);
        return;
      }
      // Move the oldest buckets down until this tier fits again.
      while (tier.buckets.length > tier.cap) {
        const old = tier.buckets.shift() as Bucket;
        const key = Math.floor(old.t / next.width) * next.width;
        const last = next.buckets.at(-1);
        if (last && last.t === key) mergeBucket(last, old);
        else next.buckets.push(copyBucket(old, key, next.width));
      }
    }
  }

  /** The last tier is full: merge neighbours into buckets twice as wide (halves its length). */
  private widen(tier: { width: number; buckets: Bucket[] }): void {
    const width = tier.width * 2;
    const merged: Bucket[] = [];
    for (const b of tier.buckets) {
      const key = Math.floor(b.t / width) * width;
      const last = merged.at(-1);
      if (last && last.t === key) mergeBucket(last, b);
      else merged.push(copyBucket(b, key, width));
    }
    tier.width = width;
    tier.buckets = merged;
  }

  /** Every bucket, oldest first. */
  buckets(): Bucket[] {
    const out: Bucket[] = [];
    for (let i = this.tiers.length - 1; i >= 0; i--) out.push(...this.tiers[i].buckets);
    return out;
  }

  /** The bucket covering second t (the nearest earlier one when t falls in a gap), or null. */
  bucketAt(t: number): Bucket | null {
    let found: Bucket | null = null;
    for (let i = this.tiers.length - 1; i >= 0; i--) {
      const list = this.tiers[i].buckets;
      const idx = lastStartingAtOrBefore(list, t);
      if (idx >= 0) found = list[idx];
    }
    return found;
  }

  /**
   * Samples for [fromT, toT] (inclusive), at most maxPoints of them: buckets overlapping the
   * window, neighbours merged further when there are more than maxPoints.
   */
  range(fromT: number, toT: number, maxPoints: number): SecondSample[] {
    const inWindow = this.buckets().filter((b) => b.t + b.w > fromT && b.t <= toT);
    if (inWindow.length <= maxPoints) return inWindow.map(toSample);
    const per = Math.ceil(inWindow.length / maxPoints);
    const out: SecondSample[] = [];
    for (let i = 0; i < inWindow.length; i += per) {
      const group = copyBucket(inWindow[i], inWindow[i].t, inWindow[i].w);
      for (let j = i + 1; j < Math.min(i + per, inWindow.length); j++) mergeBucket(group, inWindow[j]);
      out.push(toSample(group));
    }
    return out;
  }

  /**
   * Counters summed from the start of the run through second t. A coarse bucket that t falls
   * inside counts in proportion to the part of it that lies before t (its seconds are not kept apart).
   */
  cumulativeAt(t: number): Record<string, CumulativeCounts> {
    if (t >= this.lastT) return structuredClone(this.totals);
    const out: Record<string, CumulativeCounts> = {};
    const list = this.buckets();
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      if (b.t > t) break;
      // The newest coarse bucket may still be filling: it ends where the next one starts.
      const span = Math.min(b.w, (list[i + 1]?.t ?? b.t + b.w) - b.t);
      const share = Math.min(1, (t - b.t + 1) / span);
      for (const [id, agg] of Object.entries(b.functions)) {
        const total = (out[id] ??= emptyCounts());
        for (const k of SUMMED) total[k] += agg[k] * share;
      }
    }
    for (const total of Object.values(out)) for (const k of SUMMED) total[k] = Math.round(total[k]);
    return out;
  }
}

function emptyCounts(): CumulativeCounts {
  const c = {} as CumulativeCounts;
  for (const k of SUMMED) c[k] = 0;
  return c;
}

/** Index of the last bucket with start <= t, or -1. Buckets are sorted by start. */
function lastStartingAtOrBefore(list: readonly Bucket[], t: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
