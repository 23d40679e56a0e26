import type { EdgeKind, Scenario } from '../engine/scenarioTypes';
import { connectKind } from './canvasEdits';

export interface ConnectionOption {
  toId: string;
  /** undefined for a layer attached to a function (a reference, not an edge). */
  kind: EdgeKind | undefined;
}

/**
 * Every connection the node could make right now, one per (target, edge kind), in canvas order:
 * the same rules as dragging from its handle (connectKind decides), minus the ones already there.
 * The inspector offers them so a connection can be made without a pointer.
 */
export function connectionOptions(scenario: Scenario, fromId: string): ConnectionOption[] {
  const options: ConnectionOption[] = [];
  for (const to of scenario.nodes) {
    if (to.id === fromId) continue;
    const first = connectKind(scenario, fromId, to.id);
    if (first.ok === false) continue;
    if (first.ok === true) {
      // One kind fits (or a layer attaches: no edge id, no kind).
      const kind = first.scenario.edges.find((e) => e.id === first.edgeId)?.kind;
      options.push({ toId: to.id, kind });
      continue;
    }
    for (const kind of first.kinds) {
      if (connectKind(scenario, fromId, to.id, kind).ok === true) options.push({ toId: to.id, kind });
    }
  }
  return options;
}
