import { loadScenario, type LoadResult } from '../migrations/loadScenario';

/** Files larger than this are not scenarios (a lesson is a few KB); refuse before parsing. */
export const MAX_SCENARIO_FILE_CHARS = 5 * 1024 * 1024;

/** Reads a .json scenario file of any supported format version. Never throws. */
export function importScenarioFile(text: string): LoadResult {
  if (typeof text !== 'string') return fail('(file)', 'is not a text file');
  if (text.length > MAX_SCENARIO_FILE_CHARS) {
    return fail(
      '(file)',
      `is ${text.length.toLocaleString('en-US')} characters; a scenario file is at most ${MAX_SCENARIO_FILE_CHARS.toLocaleString('en-US')}`,
    );
  }
  // Editors on Windows like to save JSON with a byte order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fail('(file)', 'is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail('(json)', describeJsonError(body, error));
  }
  return loadScenario(value);
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  if (!position) return `not valid JSON: ${detail}`;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${detail}`;
}

function fail(path: string, message: string): LoadResult {
  return { ok: false, errors: [{ path, message }] };
}
