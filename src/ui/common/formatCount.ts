// `toLocaleString('en-US')` builds a formatter on every call; the live views format dozens of
// numbers per run update, so they share one.
const COUNT = new Intl.NumberFormat('en-US');

/** A count with thousands separators, as `toLocaleString('en-US')` writes it (e.g. 12,345). */
export function formatCount(value: number): string {
  return COUNT.format(value);
}
