// Maps positions in compiled code back to the user's source, from esbuild's source map, so
// error traces say "index.mjs:3:9" and not a line of the generated CommonJS.

/** Per generated line (index 0 = line 1): flat [generatedColumn, originalLine, originalColumn, ...], 1-based lines. */
export type LineMap = number[][];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i] as const));

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** Source map v3 `mappings` of a single-source map -> LineMap. */
export function decodeLineMap(mappings: string): LineMap {
  const lines: LineMap = [];
  let originalLine = 0;
  let originalColumn = 0;
  for (const line of mappings.split(';')) {
    const segments: number[] = [];
    let generatedColumn = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      generatedColumn += fields[0];
      if (fields.length < 4) continue;
      originalLine += fields[2];
      originalColumn += fields[3];
      segments.push(generatedColumn, originalLine + 1, originalColumn + 1);
    }
    lines.push(segments);
  }
  return lines;
}

/** 1-based line and column in generated code -> 1-based position in the source, or null. */
export function lookupLineMap(map: LineMap, line: number, column: number): { line: number; column: number } | null {
  const segments = map[line - 1];
  if (!segments || segments.length === 0) return null;
  let best = 0;
  for (let i = 0; i < segments.length; i += 3) {
    if (segments[i] + 1 > column) break;
    best = i;
  }
  return { line: segments[best + 1], column: segments[best + 2] };
}
