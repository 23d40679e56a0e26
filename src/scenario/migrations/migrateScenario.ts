import type { ScenarioError } from '../checkWiring';
import {
  CURRENT_FORMAT_VERSION,
  OLDEST_FORMAT_VERSION,
  migrations,
  type ScenarioDocument,
} from './migrations';

export type MigrateResult =
  { ok: true; document: ScenarioDocument; migratedFrom?: number } | { ok: false; errors: ScenarioError[] };

export function newerVersionMessage(version: number | string): string {
  return (
    `this link was made by a newer version of Lambda Playground (format v${version}); ` +
    `this app reads up to v${CURRENT_FORMAT_VERSION}`
  );
}

/** Brings any supported past format up to the current one. Validation is the caller's job. */
export function migrateScenario(input: unknown): MigrateResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('(scenario)', 'must be a JSON object');
  }
  const doc = input as ScenarioDocument;
  const version = doc.version;
  if (version === undefined) {
    return fail(
      'version',
      `is missing (scenarios say which format they use, e.g. "version": ${CURRENT_FORMAT_VERSION})`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail(
      'version',
      `must be a whole number (the format version, currently ${CURRENT_FORMAT_VERSION})`,
    );
  }
  if (version > CURRENT_FORMAT_VERSION) return fail('version', newerVersionMessage(version));
  if (version < OLDEST_FORMAT_VERSION) {
    return fail(
      'version',
      `format v${version} does not exist; this app reads v${OLDEST_FORMAT_VERSION} to v${CURRENT_FORMAT_VERSION}`,
    );
  }
  if (version === CURRENT_FORMAT_VERSION) return { ok: true, document: doc };
  let current = doc;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) return fail('version', `no migration from format v${v} (a bug: please report it)`);
    current = migrate(current);
  }
  return { ok: true, document: current, migratedFrom: version };
}

function fail(path: string, message: string): MigrateResult {
  return { ok: false, errors: [{ path, message }] };
}
