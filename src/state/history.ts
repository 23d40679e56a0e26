// Undo/redo of scenario edits. Pure part: a bounded stack of past and future scenarios with
// coalescing, so typing "1024" into one field is one step, not four.
import type { Scenario } from '../engine/scenarioTypes';

export const HISTORY_LIMIT = 100;
export const COALESCE_MS = 1000;

export interface History {
  past: Scenario[];
  future: Scenario[];
  /** What the last recorded change touched, and when; a same-key change soon after joins it. */
  lastKey: string | null;
  lastAtMs: number;
}

export const emptyHistory = (): History => ({ past: [], future: [], lastKey: null, lastAtMs: -Infinity });

/**
 * What an edit touched when it changed exactly one thing in place ("node:<id>", "edge:<id>",
 * "scenario"); null for structural edits (add, delete, connect), which never coalesce.
 */
export function changeKey(before: Scenario, after: Scenario): string | null {
  const sameIds = <T extends { id: string }>(a: T[], b: T[]) =>
    a.length === b.length && a.every((x, i) => x.id === b[i].id);
  if (!sameIds(before.nodes, after.nodes) || !sameIds(before.edges, after.edges)) return null;
  const nodes = after.nodes.filter((n, i) => n !== before.nodes[i]);
  const edges = after.edges.filter((e, i) => e !== before.edges[i]);
  if (nodes.length === 1 && edges.length === 0) {
    // Moves are their own steps: a drag is never merged with typing.
    const prev = before.nodes.find((n) => n.id === nodes[0].id);
    const moved = prev?.position !== nodes[0].position;
    return `${moved ? 'move' : 'node'}:${nodes[0].id}`;
  }
  if (edges.length === 1 && nodes.length === 0) return `edge:${edges[0].id}`;
  if (nodes.length === 0 && edges.length === 0) return 'scenario';
  return null;
}

/** Record that `before` was replaced by `after` at `nowMs`. */
export function record(
  h: History,
  before: Scenario,
  after: Scenario,
  nowMs: number,
  limit = HISTORY_LIMIT,
): History {
  const key = changeKey(before, after);
  const coalesce =
    key !== null &&
    !key.startsWith('move:') &&
    key === h.lastKey &&
    nowMs - h.lastAtMs < COALESCE_MS &&
    h.past.length > 0;
  if (coalesce) return { ...h, future: [], lastAtMs: nowMs };
  const past = [...h.past, before];
  if (past.length > limit) past.splice(0, past.length - limit);
  return { past, future: [], lastKey: key, lastAtMs: nowMs };
}

export function undo(h: History, present: Scenario): { history: History; scenario: Scenario } | null {
  const previous = h.past.at(-1);
  if (!previous) return null;
  return {
    history: {
      past: h.past.slice(0, -1),
      future: [present, ...h.future],
      lastKey: null,
      lastAtMs: -Infinity,
    },
    scenario: previous,
  };
}

export function redo(h: History, present: Scenario): { history: History; scenario: Scenario } | null {
  const next = h.future[0];
  if (!next) return null;
  return {
    history: { past: [...h.past, present], future: h.future.slice(1), lastKey: null, lastAtMs: -Infinity },
    scenario: next,
  };
}
