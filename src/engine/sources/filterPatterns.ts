/**
 * Filter criteria as the scenario gives them: a list of pattern objects, a list of JSON
 * strings, or AWS's own shape {Filters: [{Pattern: "<json>"}]}. At most 5 (AWS's limit).
 */
export function filterPatternsOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value)
    ? value
    : Array.isArray((value as { Filters?: unknown }).Filters)
      ? ((value as { Filters: { Pattern?: unknown }[] }).Filters.map((f) => f.Pattern) as unknown[])
      : [value];
  return list.slice(0, 5).map((p) => (typeof p === 'string' ? safeParse(p) : p));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
