import type { Scenario } from '../../engine/scenarioTypes';
import type { ScenarioError } from '../checkWiring';
import { formatErrors } from '../parseScenario';
import { loadScenario } from '../migrations/loadScenario';
import { base64urlToBytes } from './base64url';
import { inflateRaw, InflateLimitError } from './deflateRaw';
import { MAX_SHARED_JSON_BYTES, SHARE_CODEC } from './shareLinkFormat';

export type DecodeResult =
  | { ok: true; scenario: Scenario; migratedFrom?: number }
  | { ok: false; error: string; errors?: ScenarioError[] };

/**
 * Opens a share link: accepts the payload ("s1.…"), the fragment ("#s1.…") or the whole URL.
 * Never throws: every failure is a sentence the open-link banner can show as it is.
 */
export async function decodeShareLink(fragment: string): Promise<DecodeResult> {
  try {
    return await decode(fragment);
  } catch (error) {
    return fail(`This link could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function decode(fragment: string): Promise<DecodeResult> {
  if (typeof fragment !== 'string') return fail('This link could not be opened: it is not text.');
  const hash = fragment.indexOf('#');
  const payload = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
  if (!payload) return fail('This link has no scenario in it (nothing after "#").');
  // Compressed 4:1 at best, a longer payload would inflate past MAX_SHARED_JSON_BYTES anyway.
  if (payload.length > MAX_SHARED_JSON_BYTES)
    return fail(
      `This link was refused: it is ${payload.length} characters long, more than any scenario needs.`,
    );
  const dot = payload.indexOf('.');
  const codec = dot >= 0 ? payload.slice(0, dot) : '';
  if (!/^s\d+$/.test(codec)) {
    return fail('This is not a Lambda Playground scenario link (it should start with "s1.").');
  }
  if (codec !== SHARE_CODEC) {
    const n = Number(codec.slice(1));
    return fail(
      n > Number(SHARE_CODEC.slice(1))
        ? `This link was made by a newer version of Lambda Playground (link format ${codec}); this app reads ${SHARE_CODEC}. Update the app, or ask for a .json file.`
        : `This link uses link format ${codec}, which never existed; it was probably mistyped.`,
    );
  }
  const bytes = base64urlToBytes(decodeURIComponentSafe(payload.slice(dot + 1)));
  if ('error' in bytes) return fail(`This link is damaged: ${bytes.error}. Copy the whole link again.`);
  if (bytes.length === 0)
    return fail('This link is damaged: it has no data after "s1.". Copy the whole link again.');
  let inflated: Uint8Array;
  try {
    inflated = await inflateRaw(bytes, MAX_SHARED_JSON_BYTES);
  } catch (error) {
    if (error instanceof InflateLimitError)
      return fail(`This link was refused: ${error.message}, more than any scenario needs.`);
    return fail(
      'This link is damaged or cut short: its compressed data does not unpack. Copy the whole link again.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('This link is damaged: its data is not text.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`This link is damaged: its scenario is not valid JSON (${(error as Error).message}).`);
  }
  const loaded = loadScenario(value);
  if (!loaded.ok) {
    const future = loaded.errors.find(
      (e) => e.path === 'version' && e.message.startsWith('this link was made'),
    );
    if (future) return fail(capitalize(future.message) + '.', loaded.errors);
    return fail(`This link's scenario is not valid:\n${formatErrors(loaded.errors)}`, loaded.errors);
  }
  return loaded.migratedFrom === undefined
    ? { ok: true, scenario: loaded.scenario }
    : { ok: true, scenario: loaded.scenario, migratedFrom: loaded.migratedFrom };
}

// Some apps percent-encode the fragment; base64url itself never contains "%".
function decodeURIComponentSafe(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fail(error: string, errors?: ScenarioError[]): DecodeResult {
  return errors ? { ok: false, error, errors } : { ok: false, error };
}
