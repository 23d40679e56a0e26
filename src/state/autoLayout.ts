// A simple layered layout, left to right along the edges: sources (clients, rules) in the first
// column, each node one column right of its furthest upstream node. Cycles (redrive loops,
// recursive functions) are broken by ignoring edges back into a node already being placed.
import type { Position, Scenario } from '../engine/scenarioTypes';

export const COLUMN_GAP = 300;
export const ROW_GAP = 130;

export function layeredPositions(scenario: Scenario): Record<string, Position> {
  const ids = scenario.nodes.map((n) => n.id);
  const incoming = new Map<string, string[]>(ids.map((id) => [id, []]));
  const link = (from: string, to: string) => {
    if (from !== to && incoming.has(from) && incoming.has(to)) incoming.get(to)!.push(from);
  };
  for (const e of scenario.edges) link(e.from, e.to);
  // Layers sit left of the functions that use them; parameters stay with their readers' column.
  for (const n of scenario.nodes) if (n.kind === 'function') for (const l of n.layers ?? []) link(l, n.id);

  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const from of incoming.get(id) ?? []) d = Math.max(d, depthOf(from) + 1);
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  const columns = new Map<number, string[]>();
  for (const id of ids) {
    const d = depthOf(id);
    columns.set(d, [...(columns.get(d) ?? []), id]);
  }
  // Long columns (many unconnected nodes) wrap into several, so the graph stays readable.
  const maxRows = Math.max(4, Math.ceil(Math.sqrt(ids.length)));
  const tallest = Math.min(maxRows, Math.max(0, ...[...columns.values()].map((c) => c.length)));
  const positions: Record<string, Position> = {};
  let x = 40;
  for (const d of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(d)!;
    // Keep the previous vertical order within a column so a re-layout does not shuffle things.
    const y = (id: string) => scenario.nodes.find((n) => n.id === id)?.position?.y ?? 0;
    column.sort((a, b) => y(a) - y(b));
    for (let start = 0; start < column.length; start += maxRows) {
      const part = column.slice(start, start + maxRows);
      const top = ((tallest - part.length) * ROW_GAP) / 2;
      part.forEach((id, i) => {
        positions[id] = { x, y: 40 + top + i * ROW_GAP };
      });
      x += COLUMN_GAP;
    }
  }
  return positions;
}

export function autoLayout(scenario: Scenario): Scenario {
  const positions = layeredPositions(scenario);
  return { ...scenario, nodes: scenario.nodes.map((n) => ({ ...n, position: positions[n.id] })) };
}
