// CloudFormation logical IDs are alphanumeric; node ids may hold "_" and "-". Each node gets a
// stable, unique PascalCase logical ID; the node id itself travels in the resource's Metadata.

const RESERVED = new Set(['AWS']);

export function assignLogicalIds(ids: readonly string[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const id of ids) {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    let base = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') || 'Resource';
    if (/^[0-9]/.test(base)) base = `R${base}`;
    if (RESERVED.has(base)) base = `${base}Resource`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base}${n}`;
    used.add(candidate.toLowerCase());
    out.set(id, candidate);
  }
  return out;
}

/** A node id from a logical ID of a template written elsewhere: "OrdersQueue" -> "OrdersQueue". */
export function nodeIdFromLogicalId(logicalId: string): string {
  const id = logicalId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  return id || 'resource';
}
