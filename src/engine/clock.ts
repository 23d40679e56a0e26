// Virtual time is milliseconds since the run started. Wall-clock readings (log timestamps,
// Date inside handlers) are a fixed epoch plus virtual time, so runs are reproducible.
export const SIMULATION_EPOCH_MS = 1767225600000; // 2026-01-01T00:00:00Z

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const pad3 = (n: number) => (n < 10 ? '00' : n < 100 ? '0' : '') + n;

/** ISO-8601 with milliseconds, computed without Date so the engine stays pure and fast. */
export function isoTime(virtualMs: number): string {
  const total = Math.floor(SIMULATION_EPOCH_MS + virtualMs);
  const ms = ((total % 1000) + 1000) % 1000;
  let seconds = Math.floor(total / 1000);
  const sec = seconds % 60;
  seconds = Math.floor(seconds / 60);
  const min = seconds % 60;
  seconds = Math.floor(seconds / 60);
  const hour = seconds % 24;
  const days = Math.floor(seconds / 24);
  const [y, m, d] = civilFromDays(days);
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hour)}:${pad2(min)}:${pad2(sec)}.${pad3(ms)}Z`;
}

/** Days since 1970-01-01 -> [year, month, day] (Howard Hinnant's civil_from_days). */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}
