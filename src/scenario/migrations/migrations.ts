// Numbered migrations, as in tldraw's schema: migrations[n] turns a format-n document into
// format n+1. They run in order and the result always goes through parseScenario, so a
// migration only renames and reshapes; it never has to validate.
// A migration must not throw on junk: anything it does not recognise is left for validation.

export type ScenarioDocument = Record<string, unknown>;
export type Migration = (doc: ScenarioDocument) => ScenarioDocument;

/** The newest scenario format this app reads and writes. */
export const CURRENT_FORMAT_VERSION = 1;

/** The oldest format that still opens: every version from here up has a migration. */
export const OLDEST_FORMAT_VERSION = 0;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rename(obj: Record<string, unknown>, from: string, to: string): void {
  if (!(from in obj)) return;
  // A document that already has the new name keeps it; the old one is dropped rather than
  // silently overwriting the value the author wrote last.
  if (!(to in obj)) obj[to] = obj[from];
  delete obj[from];
}

/**
 * v0 -> v1. Format 0 is the pre-release format of the first public preview
 * (fixtures/scenario-v0-*.json): nodes and edges used xyflow's names (`type`, `source`,
 * `target`), functions had a single `code` string and unitless `memory` / `timeout` /
 * `reserved` / `provisioned`, and the run length was `duration`.
 */
function v0ToV1(doc: ScenarioDocument): ScenarioDocument {
  const out: ScenarioDocument = { ...doc, version: 1 };
  rename(out, 'duration', 'durationSeconds');
  if (Array.isArray(out.nodes)) {
    out.nodes = out.nodes.map((node) => {
      if (!isRecord(node)) return node;
      const n = { ...node };
      rename(n, 'type', 'kind');
      if (n.kind !== 'function') return n;
      rename(n, 'memory', 'memoryMB');
      rename(n, 'timeout', 'timeoutSeconds');
      rename(n, 'reserved', 'reservedConcurrency');
      rename(n, 'provisioned', 'provisionedConcurrency');
      rename(n, 'env', 'environment');
      if ('code' in n) {
        // v0 functions were a single ES module file.
        if (!('files' in n) && typeof n.code === 'string') n.files = { 'index.mjs': n.code };
        delete n.code;
      }
      return n;
    });
  }
  if (Array.isArray(out.edges)) {
    out.edges = out.edges.map((edge) => {
      if (!isRecord(edge)) return edge;
      const e = { ...edge };
      rename(e, 'source', 'from');
      rename(e, 'target', 'to');
      rename(e, 'type', 'kind');
      return e;
    });
  }
  return out;
}

export const migrations: Record<number, Migration> = {
  0: v0ToV1,
};
