// Copy and paste of canvas selections. Pasted nodes get fresh ids (and names, since resource
// names derive from them); edges and layer references inside the copied set follow the new ids.
import type { Scenario, ScenarioEdge, ScenarioNode } from '../engine/scenarioTypes';
import { ID_PREFIX } from './newNode';
import { nextNodeId } from './scenarioEdits';

export interface Clip {
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
}

/** The selected nodes and the edges between them. */
export function copySelection(scenario: Scenario, nodeIds: readonly string[]): Clip {
  const ids = new Set(nodeIds);
  return {
    nodes: scenario.nodes.filter((n) => ids.has(n.id)),
    edges: scenario.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
  };
}

export function pasteClip(
  scenario: Scenario,
  clip: Clip,
  offset = { x: 40, y: 40 },
): { scenario: Scenario; ids: string[] } {
  const idMap = new Map<string, string>();
  let working = scenario;
  const added: ScenarioNode[] = [];
  for (const node of clip.nodes) {
    const id = nextNodeId(working, ID_PREFIX[node.kind]);
    idMap.set(node.id, id);
    const position = node.position
      ? { x: node.position.x + offset.x, y: node.position.y + offset.y }
      : undefined;
    const copy = { ...structuredClone(node), id, name: node.name === node.id ? id : `${node.name}-copy` };
    if (position) copy.position = position;
    added.push(copy);
    // Reserve the id before picking the next one.
    working = { ...working, nodes: [...working.nodes, copy] };
  }
  for (const node of added) {
    if (node.kind === 'function' && node.layers) node.layers = node.layers.map((l) => idMap.get(l) ?? l);
  }
  const takenEdgeIds = new Set(scenario.edges.map((e) => e.id));
  const edges = clip.edges.map((e) => {
    const from = idMap.get(e.from)!;
    const to = idMap.get(e.to)!;
    let id = `${from}-${to}`;
    for (let n = 2; takenEdgeIds.has(id); n++) id = `${from}-${to}-${n}`;
    takenEdgeIds.add(id);
    return { ...structuredClone(e), id, from, to };
  });
  return {
    scenario: { ...scenario, nodes: [...scenario.nodes, ...added], edges: [...scenario.edges, ...edges] },
    ids: added.map((n) => n.id),
  };
}
