/**
 * Append to an immutable array keeping only the newest `cap` items. Returns the same array when
 * nothing is added so zustand selectors do not re-render for empty batches.
 */
export function appendCapped<T>(items: readonly T[], added: readonly T[], cap: number): T[] {
  if (added.length === 0) return items as T[];
  if (added.length >= cap) return added.slice(added.length - cap);
  const from = Math.max(0, items.length + added.length - cap);
  // One array written in place, not slice() then concat(): a full 20,000-item buffer is a large
  // object (160 KB), and a fast run appends to several of them ten times a second, so every
  // extra copy is garbage that brings the next full (main-thread-pausing) collection sooner.
  const out = new Array<T>(items.length - from + added.length);
  let j = 0;
  for (let i = from; i < items.length; i++) out[j++] = items[i];
  for (let i = 0; i < added.length; i++) out[j++] = added[i];
  return out;
}
