import type { Scenario } from '../../engine/scenarioTypes';
import type { FlowEdge, FlowNode } from './flowTypes';

const KNOWN_VIEWS = new Set(['function', 'client']);

/**
 * Scenario nodes as canvas nodes. Keeps what the canvas measured (size) and, mid-drag, where the
 * node is being dragged; otherwise xyflow would hide remeasured nodes or snap them back.
 */
export function toFlowNodes(scenario: Scenario, selectedId: string | null, previous: FlowNode[]): FlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return scenario.nodes.map((node, index) => {
    const prev = before.get(node.id);
    const position = prev?.dragging
      ? prev.position
      : (node.position ?? { x: 80 + index * 60, y: 80 + index * 60 });
    return {
      id: node.id,
      type: KNOWN_VIEWS.has(node.kind) ? node.kind : 'generic',
      position,
      data: { nodeId: node.id },
      selected: node.id === selectedId,
      ...(prev?.measured ? { measured: prev.measured } : {}),
      ...(prev?.dragging ? { dragging: true } : {}),
    };
  });
}

export function toFlowEdges(scenario: Scenario, previous: FlowEdge[], animated: boolean): FlowEdge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  return scenario.edges.map((edge) => ({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    label: edge.kind,
    animated,
    selected: selected.has(edge.id),
    className: `edge-${edge.kind}`,
  }));
}
