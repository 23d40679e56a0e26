// The scrubber's overview strip: the run's traffic and failures drawn as two step areas, so a
// person sees where to scrub to. At most `columns` columns whatever the run's length.
import type { Bucket } from '../../state/runHistory';

export interface OverviewPaths {
  traffic: string;
  failures: string;
}

/** SVG paths in a 0..1000 × 0..100 box (y down); x is seconds scaled to [0, domainS]. */
export function overviewPaths(buckets: readonly Bucket[], domainS: number, columns = 200): OverviewPaths {
  if (buckets.length === 0 || domainS <= 0) return { traffic: '', failures: '' };
  const traffic = new Float64Array(columns);
  const failures = new Float64Array(columns);
  const used = new Uint8Array(columns);
  for (const b of buckets) {
    const col = Math.min(columns - 1, Math.floor((b.t / domainS) * columns));
    const per = Math.max(1, b.n);
    // Per-second rates, so coarse buckets sit on the same scale as single seconds.
    traffic[col] = Math.max(traffic[col], (b.invocations + b.failures) / per);
    failures[col] = Math.max(failures[col], b.failures / per);
    used[col] = 1;
  }
  let peak = 0;
  for (let i = 0; i < columns; i++) peak = Math.max(peak, traffic[i]);
  const scale = peak > 0 ? 92 / peak : 0;
  const area = (values: Float64Array) => {
    let last = -1;
    for (let i = columns - 1; i >= 0; i--) if (used[i]) { last = i; break; }
    if (last < 0) return '';
    const step = 1000 / columns;
    let d = 'M0 100';
    for (let i = 0; i <= last; i++) {
      const y = (100 - values[i] * scale).toFixed(1);
      d += `L${(i * step).toFixed(1)} ${y}L${((i + 1) * step).toFixed(1)} ${y}`;
    }
    return `${d}L${((last + 1) * step).toFixed(1)} 100Z`;
  };
  return { traffic: area(traffic), failures: area(failures) };
}

/** Simulated seconds as m:ss, or h:mm:ss from an hour on. */
export function formatSeconds(s: number): string {
  const total = Math.max(0, Math.floor(s));
  const ss = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return `${minutes}:${ss}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${ss}`;
}
