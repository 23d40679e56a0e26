import type { Scenario } from '../../engine/scenarioTypes';
import type { ScenarioError } from '../checkWiring';
import { parseScenario } from '../parseScenario';
import { migrateScenario } from './migrateScenario';

export type LoadResult =
  | { ok: true; scenario: Scenario; migratedFrom?: number }
  | { ok: false; errors: ScenarioError[]; migratedFrom?: number };

/**
 * The way in for every scenario that did not come from this app's own editor (links, files,
 * gallery, paste): migrate to the current format, then the one validation gate.
 * Never throws, whatever the input.
 */
export function loadScenario(input: unknown): LoadResult {
  let migrated;
  try {
    migrated = migrateScenario(input);
  } catch (error) {
    // Input like a getter that throws or a revoked Proxy: report it, never crash the page.
    return { ok: false, errors: [{ path: '(scenario)', message: `could not be read: ${describe(error)}` }] };
  }
  if (!migrated.ok) return migrated;
  const parsed = safeParse(migrated.document);
  const from = migrated.migratedFrom;
  if (!parsed.ok) return from === undefined ? parsed : { ...parsed, migratedFrom: from };
  return from === undefined ? parsed : { ...parsed, migratedFrom: from };
}

function safeParse(document: unknown): ReturnType<typeof parseScenario> {
  try {
    return parseScenario(document);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(scenario)', message: `could not be validated: ${describe(error)}` }],
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
