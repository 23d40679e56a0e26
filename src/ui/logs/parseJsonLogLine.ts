// Lines in Lambda's JSON log format, split into what the log panel shows: the record type or
// level, the message, and the remaining fields as short "key: value" pairs.

export interface JsonLogView {
  /** "platform.report" for platform records, the level for application lines. */
  head: string;
  platform: boolean;
  /** The application message (objects compact JSON); '' for platform records. requestId is left out. */
  message: string;
  fields: [string, string][];
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Null when the line is not a JSON log record (text format, or not an object). */
export function parseJsonLogLine(line: string): JsonLogView | null {
  if (!line.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.type === 'string' && typeof o.record === 'object' && o.record !== null) {
    const fields: [string, string][] = [];
    for (const [k, v] of Object.entries(o.record as Record<string, unknown>)) {
      if (k === 'requestId') continue; // shown by the panel as a filter button
      if (k === 'metrics' && typeof v === 'object' && v !== null) {
        for (const [mk, mv] of Object.entries(v as Record<string, unknown>)) fields.push([mk, show(mv)]);
      } else fields.push([k, show(v)]);
    }
    return { head: o.type, platform: true, message: '', fields };
  }
  if (typeof o.level === 'string') {
    const fields: [string, string][] = [];
    for (const [k, v] of Object.entries(o)) {
      if (k === 'timestamp' || k === 'level' || k === 'message' || k === 'requestId' || k === 'stackTrace') continue;
      fields.push([k, show(v)]);
    }
    return { head: o.level, platform: false, message: 'message' in o ? show(o.message) : '', fields };
  }
  return null;
}
