// Streaming percentiles with bounded memory: log-spaced buckets 1% wide, so a percentile is
// within 1% of the true value whatever the run length. A percentile reports the mean of the
// values in its bucket (exact when they are all equal). Exact sum, count and max are kept too.

const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
const MIN_MS = 0.01;

export class Histogram {
  private counts = new Map<number, number>();
  private sums = new Map<number, number>();
  count = 0;
  sum = 0;
  max = 0;

  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
    const bucket = value <= MIN_MS ? -1 : Math.floor(Math.log(value / MIN_MS) / LOG_GROWTH);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.sums.set(bucket, (this.sums.get(bucket) ?? 0) + value);
  }

  get avg(): number {
    return this.count ? this.sum / this.count : 0;
  }

  /** q in [0, 1]: the mean of the bucket holding that rank. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    const buckets = [...this.counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const bucket of buckets) {
      const n = this.counts.get(bucket) ?? 0;
      seen += n;
      if (seen >= rank) return (this.sums.get(bucket) ?? 0) / n;
    }
    return this.max;
  }

  reset(): void {
    this.counts.clear();
    this.sums.clear();
    this.count = 0;
    this.sum = 0;
    this.max = 0;
  }
}
