/** An exact simulated time, seconds with millisecond precision ("12.345 s"). */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

/** A duration: ms below ten seconds, seconds above. */
export function formatDuration(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms * 10) / 10} ms` : `${(ms / 1000).toFixed(2)} s`;
}
