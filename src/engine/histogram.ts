// Streaming percentiles with bounded memory: log-spaced buckets 1% wide from 0.01 ms to about
// 12 days, so a percentile is within 1% of the true value whatever the run length. A percentile
// reports the mean of the values in its bucket (exact when they are all equal).

const GROWTH = 1.01;
const INV_LOG_GROWTH = 1 / Math.log(GROWTH);
const MIN_MS = 0.01;
const BUCKETS = 2560; // 0.01 ms × 1.01^2560 ≈ 1.1e9 ms

export class Histogram {
  private counts = new Float64Array(BUCKETS);
  private sums = new Float64Array(BUCKETS);
  private lowest = BUCKETS;
  private highest = -1;
  count = 0;
  sum = 0;
  max = 0;

  /** Adds a value; returns its bucket (so a SecondQuantiles can take it without a second log). */
  add(value: number): number {
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    let bucket = value <= MIN_MS ? 0 : Math.floor(Math.log(value / MIN_MS) * INV_LOG_GROWTH) + 1;
    if (bucket >= BUCKETS) bucket = BUCKETS - 1;
    this.counts[bucket]++;
    this.sums[bucket] += value;
    if (bucket < this.lowest) this.lowest = bucket;
    if (bucket > this.highest) this.highest = bucket;
    return bucket;
  }

  get avg(): number {
    return this.count ? this.sum / this.count : 0;
  }

  /** q in [0, 1]: the mean of the bucket holding that rank. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = this.lowest; b <= this.highest; b++) {
      const n = this.counts[b];
      if (n === 0) continue;
      seen += n;
      if (seen >= rank) return this.sums[b] / n;
    }
    return this.max;
  }

  reset(): void {
    this.counts.fill(0);
    this.sums.fill(0);
    this.lowest = BUCKETS;
    this.highest = -1;
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
}

/**
 * The same buckets for one simulated second: only the buckets the second touched are visited and
 * cleared, so a quiet second costs nothing (a fast run closes a million seconds).
 */
export class SecondQuantiles {
  private counts = new Float64Array(BUCKETS);
  private sums = new Float64Array(BUCKETS);
  private touched: number[] = [];
  count = 0;

  /** `bucket` as returned by Histogram.add for the same value. */
  add(bucket: number, value: number): void {
    if (this.counts[bucket]++ === 0) this.touched.push(bucket);
    this.sums[bucket] += value;
    this.count++;
  }

  /** Empty for the next second, computing nothing. */
  clear(): void {
    const touched = this.touched;
    for (let i = 0; i < touched.length; i++) {
      this.counts[touched[i]] = 0;
      this.sums[touched[i]] = 0;
    }
    touched.length = 0;
    this.count = 0;
  }

  /**
   * The second's p50, p90 and p99 (means of their buckets, rounded to 0.001 ms) into `out`, then
   * empty for the next second. Returns false, writing nothing, when the second had no values.
   */
  takeInto(out: { p50: number; p90: number; p99: number }): boolean {
    if (this.count === 0) return false;
    const touched = this.touched;
    touched.sort((a, b) => a - b);
    const r50 = Math.max(1, Math.ceil(0.5 * this.count));
    const r90 = Math.max(1, Math.ceil(0.9 * this.count));
    const r99 = Math.max(1, Math.ceil(0.99 * this.count));
    let seen = 0;
    for (let i = 0; i < touched.length; i++) {
      const b = touched[i];
      const n = this.counts[b];
      const mean = Math.round((this.sums[b] / n) * 1000) / 1000;
      if (seen < r50 && seen + n >= r50) out.p50 = mean;
      if (seen < r90 && seen + n >= r90) out.p90 = mean;
      if (seen < r99 && seen + n >= r99) out.p99 = mean;
      seen += n;
      this.counts[b] = 0;
      this.sums[b] = 0;
    }
    touched.length = 0;
    this.count = 0;
    return true;
  }
}
