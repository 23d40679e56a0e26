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
  // Over a wider bucket these show the bucket's worst second (p50 is averaged, below); CostUSD is
  // a running total, so its maximum is the bucket's last second.
  'DurationP90',
  'DurationP99',
  'InitDuration',
  'AsyncQueueDepth',
  'AsyncEventAge',
  'IteratorAge',
  'CostUSD',
] as const satisfies readonly (keyof FunctionSecond)[];

type Summed = (typeof SUMMED)[number];
type Maxed = (typeof MAXED)[number];

/**
 * One function's aggregate over a bucket: every field always present (one object shape, and the
 * hot path below names them one by one instead of looping over keys: a fast run adds thousands of
 * seconds per update). Levels absent from every second so far are ABSENT. p50 is kept as an
 * invocation-weighted mean (a p50 of p50s does not exist).
 */
export type FunctionAgg = Record<Summed | Maxed, number> & { p50Sum: number; p50Weight: number };

/** A level no second reported yet (levels are never negative). */
const ABSENT = -1;

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
  return {
    Invocations: 0,
    Errors: 0,
    Throttles: 0,
    Retries: 0,
    ColdStarts: 0,
    AsyncEventsReceived: 0,
    AsyncEventsDropped: 0,
    ProvisionedConcurrencyInvocations: 0,
    ProvisionedConcurrencySpilloverInvocations: 0,
    ConcurrentExecutions: ABSENT,
    Environments: ABSENT,
    ProvisionedConcurrentExecutions: ABSENT,
    ProvisionedConcurrencyUtilization: ABSENT,
    DurationP90: ABSENT,
    DurationP99: ABSENT,
    InitDuration: ABSENT,
    AsyncQueueDepth: ABSENT,
    AsyncEventAge: ABSENT,
    IteratorAge: ABSENT,
    CostUSD: ABSENT,
    p50Sum: 0,
    p50Weight: 0,
  };
}

/** Adds counters (a second's or a bucket's) into running sums. */
function addCounts(into: Record<Summed, number>, f: Partial<Record<Summed, number>>): void {
  into.Invocations += f.Invocations ?? 0;
  into.Errors += f.Errors ?? 0;
  into.Throttles += f.Throttles ?? 0;
  into.Retries += f.Retries ?? 0;
  into.ColdStarts += f.ColdStarts ?? 0;
  into.AsyncEventsReceived += f.AsyncEventsReceived ?? 0;
  into.AsyncEventsDropped += f.AsyncEventsDropped ?? 0;
  into.ProvisionedConcurrencyInvocations += f.ProvisionedConcurrencyInvocations ?? 0;
  into.ProvisionedConcurrencySpilloverInvocations += f.ProvisionedConcurrencySpilloverInvocations ?? 0;
}

/** Raises levels to a second's or a bucket's maxima. */
function maxLevels(into: FunctionAgg, f: Partial<Record<Maxed, number>>): void {
  into.ConcurrentExecutions = Math.max(into.ConcurrentExecutions, f.ConcurrentExecutions ?? ABSENT);
  into.Environments = Math.max(into.Environments, f.Environments ?? ABSENT);
  into.ProvisionedConcurrentExecutions = Math.max(into.ProvisionedConcurrentExecutions, f.ProvisionedConcurrentExecutions ?? ABSENT);
  into.ProvisionedConcurrencyUtilization = Math.max(into.ProvisionedConcurrencyUtilization, f.ProvisionedConcurrencyUtilization ?? ABSENT);
  into.DurationP90 = Math.max(into.DurationP90, f.DurationP90 ?? ABSENT);
  into.DurationP99 = Math.max(into.DurationP99, f.DurationP99 ?? ABSENT);
  into.InitDuration = Math.max(into.InitDuration, f.InitDuration ?? ABSENT);
  into.AsyncQueueDepth = Math.max(into.AsyncQueueDepth, f.AsyncQueueDepth ?? ABSENT);
  into.AsyncEventAge = Math.max(into.AsyncEventAge, f.AsyncEventAge ?? ABSENT);
  into.IteratorAge = Math.max(into.IteratorAge, f.IteratorAge ?? ABSENT);
  into.CostUSD = Math.max(into.CostUSD, f.CostUSD ?? ABSENT);
}

function mergeAgg(into: FunctionAgg, from: FunctionAgg): void {
  addCounts(into, from);
  maxLevels(into, from);
  into.p50Sum += from.p50Sum;
  into.p50Weight += from.p50Weight;
}

function emptyBucket(t: number, w: number): Bucket {
  return { t, w, n: 0, functions: {}, queues: {}, invocations: 0, failures: 0 };
}

/** Adds one reported second into a bucket (no intermediate bucket: a fast run adds thousands at once). */
function addSample(into: Bucket, sample: SecondSample): void {
  into.n++;
  for (const id in sample.functions) {
    const f = sample.functions[id];
    let agg = into.functions[id];
    if (!agg) into.functions[id] = agg = emptyAgg();
    addCounts(agg, f);
    maxLevels(agg, f);
    if (f.DurationP50 !== undefined) {
      const weight = Math.max(1, f.Invocations);
      agg.p50Sum += f.DurationP50 * weight;
      agg.p50Weight += weight;
    }
    into.invocations += f.Invocations;
    into.failures += f.Errors + f.Throttles;
  }
  for (const id in sample.queues) {
    const q = sample.queues[id];
    const target = into.queues[id];
    if (target) {
      target.visible = Math.max(target.visible, q.visible);
      target.inFlight = Math.max(target.inFlight, q.inFlight);
    } else into.queues[id] = { visible: q.visible, inFlight: q.inFlight };
  }
  const a = sample.account;
  if (a) {
    const b = into.account;
    if (!b) into.account = { ...a };
    else {
      b.ConcurrentExecutions = Math.max(b.ConcurrentExecutions, a.ConcurrentExecutions);
      b.UnreservedConcurrentExecutions = Math.max(b.UnreservedConcurrentExecutions, a.UnreservedConcurrentExecutions);
      b.ClaimedAccountConcurrency = Math.max(b.ClaimedAccountConcurrency, a.ClaimedAccountConcurrency);
      b.Throttles += a.Throttles;
    }
  }
}

function bucketOf(sample: SecondSample): Bucket {
  const bucket = emptyBucket(sample.t, 1);
  addSample(bucket, sample);
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
    for (const k of MAXED) if (agg[k] !== ABSENT) f[k] = agg[k];
    f.ConcurrentExecutions = Math.max(0, agg.ConcurrentExecutions);
    f.Environments = Math.max(0, agg.Environments);
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
    const fresh: SecondSample[] = [];
    for (const s of samples) {
      if (s.t <= this.lastT) continue;
      this.lastT = s.t;
      fresh.push(s);
      for (const id in s.functions) addCounts((this.totals[id] ??= emptyCounts()), s.functions[id]);
    }
    if (fresh.length === 0) return 0;
    const [fine, next] = this.tiers;
    // Seconds that would leave the fine tier within this very batch go straight into the next
    // tier's buckets (after everything already in the fine tier, which is older).
    const direct = next ? Math.max(0, fresh.length - fine.cap) : 0;
    if (direct > 0) {
      this.moveDown(0, fine.buckets.length);
      for (let i = 0; i < direct; i++) {
        const s = fresh[i];
        const key = Math.floor(s.t / next.width) * next.width;
        let last = next.buckets.at(-1);
        if (!last || last.t !== key) next.buckets.push((last = emptyBucket(key, next.width)));
        addSample(last, s);
      }
    }
    for (let i = direct; i < fresh.length; i++) fine.buckets.push(bucketOf(fresh[i]));
    this.cascade();
    return fresh.length;
  }

  /** Moves the oldest `count` buckets of tier i into tier i + 1, merged into its aligned buckets. */
  private moveDown(i: number, count: number): void {
    const tier = this.tiers[i];
    const next = this.tiers[i + 1];
    for (const old of tier.buckets.splice(0, count)) {
      const key = Math.floor(old.t / next.width) * next.width;
      const last = next.buckets.at(-1);
      if (last && last.t === key) mergeBucket(last, old);
      else next.buckets.push(copyBucket(old, key, next.width));
    }
  }

  private cascade(): void {
    for (let i = 0; i < this.tiers.length; i++) {
      const tier = this.tiers[i];
      if (tier.buckets.length <= tier.cap) continue;
      if (i + 1 < this.tiers.length) this.moveDown(i, tier.buckets.length - tier.cap);
      else while (tier.buckets.length > tier.cap) this.widen(tier);
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
  return Object.fromEntries(SUMMED.map((k) => [k, 0])) as CumulativeCounts;
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
