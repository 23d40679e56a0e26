// Plain JavaScript values <-> DynamoDB attribute values (what @aws-sdk/util-dynamodb does),
// for client PutItem sends and the SDK shims.
export type AttributeValue = Record<string, unknown>;

export function marshallValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number' || typeof value === 'bigint') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(marshallValue) };
  if (value instanceof Set) {
    const items = [...value];
    return items.every((x) => typeof x === 'number') ? { NS: items.map(String) } : { SS: items.map(String) };
  }
  if (typeof value === 'object') return { M: marshall(value as Record<string, unknown>) };
  return { S: String(value) };
}

export function marshall(item: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(item)) if (v !== undefined) out[k] = marshallValue(v);
  return out;
}

export function unmarshallValue(av: AttributeValue): unknown {
  if ('S' in av) return av.S;
  if ('N' in av) return Number(av.N);
  if ('BOOL' in av) return av.BOOL;
  if ('NULL' in av) return null;
  if ('L' in av) return (av.L as AttributeValue[]).map(unmarshallValue);
  if ('M' in av) return unmarshall(av.M as Record<string, AttributeValue>);
  if ('SS' in av) return new Set(av.SS as string[]);
  if ('NS' in av) return new Set((av.NS as string[]).map(Number));
  if ('B' in av) return av.B;
  return undefined;
}

export function unmarshall(item: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) out[k] = unmarshallValue(v);
  return out;
}
