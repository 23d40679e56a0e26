// EventBridge event patterns (also Lambda event-source-mapping filter criteria): every field
// of the pattern must match; leaves are arrays of alternatives. Supported: exact values,
// null, {prefix}, {suffix}, {"anything-but": v | [..] | {prefix}}, {numeric: [op, n, ...]},
// {exists: bool}, {"equals-ignore-case": s}, and $or.

export function matchEventPattern(pattern: unknown, event: unknown): boolean {
  if (!isObject(pattern)) return false;
  for (const [key, expected] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(expected) || !expected.some((p) => matchEventPattern(p, event))) return false;
      continue;
    }
    const value = isObject(event) ? event[key] : undefined;
    if (Array.isArray(expected)) {
      if (!matchLeaf(expected, value)) return false;
    } else if (isObject(expected)) {
      if (!matchEventPattern(expected, value)) return false;
    } else {
      return false;
    }
  }
  return true;
}

function matchLeaf(alternatives: unknown[], value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return alternatives.some((alt) => {
    if (isObject(alt)) {
      if ('exists' in alt) return alt.exists ? value !== undefined : value === undefined;
      return value !== undefined && values.some((v) => matchOperator(alt, v));
    }
    return values.some((v) => v === alt);
  });
}

function matchOperator(op: Record<string, unknown>, v: unknown): boolean {
  if ('prefix' in op) return typeof v === 'string' && typeof op.prefix === 'string' && v.startsWith(op.prefix);
  if ('suffix' in op) return typeof v === 'string' && typeof op.suffix === 'string' && v.endsWith(op.suffix);
  if ('equals-ignore-case' in op) {
    return typeof v === 'string' && String(op['equals-ignore-case']).toLowerCase() === v.toLowerCase();
  }
  if ('anything-but' in op) {
    const but = op['anything-but'];
    if (isObject(but) && typeof but.prefix === 'string') return !(typeof v === 'string' && v.startsWith(but.prefix));
    return !(Array.isArray(but) ? but : [but]).some((b) => b === v);
  }
  if ('numeric' in op && Array.isArray(op.numeric) && typeof v === 'number') {
    const terms = op.numeric;
    for (let i = 0; i + 1 < terms.length; i += 2) {
      const n = Number(terms[i + 1]);
      const ok = { '=': v === n, '<': v < n, '<=': v <= n, '>': v > n, '>=': v >= n }[String(terms[i])];
      if (!ok) return false;
    }
    return true;
  }
  return false;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
