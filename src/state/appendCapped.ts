/**
 * Append to an immutable array keeping only the newest `cap` items. Returns the same array when
 * nothing is added so zustand selectors do not re-render for empty batches.
 */
export function appendCapped<T>(items: readonly T[], added: readonly T[], cap: number): T[] {
  if (added.length === 0) return items as T[];
  if (added.length >= cap) return added.slice(added.length - cap);
  const overflow = items.length + added.length - cap;
  const kept = overflow > 0 ? items.slice(overflow) : items;
  return kept.concat(added);
}
