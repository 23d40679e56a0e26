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

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    let bucket = value <= MIN_MS ? 0 : Math.floor(Math.log(value / MIN_MS) * INV_LOG_GROWTH) + 1;
    if (bucket >= BUCKETS) bucket = BUCKETS - 1;
    this.counts[bucket]++;
    this.sums[bucket] += value;
    if (bucket < this.lowest) this.lowest = bucket;
    if (bucket > this.highest) this.highest = bucket;
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
