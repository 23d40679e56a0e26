import type { Scenario } from '../engine/scenarioTypes';
import { checkWiring, type ScenarioError } from './checkWiring';
import { formatPath } from './formatPath';
import { scenarioSchema } from './schema/scenarioSchema';

export type { ScenarioError } from './checkWiring';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** The single gate for every scenario entering the app or the CLI. Nothing half-valid passes. */
export function parseScenario(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '(scenario)', message: 'must be a JSON object' }] };
  }
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
    }));
    return { ok: false, errors: dedupe(errors) };
  }
  const scenario = parsed.data as Scenario;
  const errors = checkWiring(scenario);
  return errors.length ? { ok: false, errors } : { ok: true, scenario };
}

/** Parse JSON text first, naming the position of a syntax error. */
export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(json)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseScenario(value);
}

export function formatErrors(errors: ScenarioError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}

function dedupe(errors: ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
