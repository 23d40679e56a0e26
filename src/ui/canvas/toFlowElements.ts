import { MarkerType } from '@xyflow/react';
import type { Scenario } from '../../engine/scenarioTypes';
import { edgeLabel, invocationModel } from './edgeModel';
import type { FlowEdge, FlowNode } from './flowTypes';

/** Canvas ids of layer attachments, which the scenario keeps as `function.layers`, not as edges. */
export const LAYER_EDGE_PREFIX = 'layer~';
export const layerEdgeId = (layerId: string, functionId: string) =>
  `${LAYER_EDGE_PREFIX}${layerId}~${functionId}`;
export function parseLayerEdgeId(id: string): { layerId: string; functionId: string } | null {
  if (!id.startsWith(LAYER_EDGE_PREFIX)) return null;
  const [layerId, functionId] = id.slice(LAYER_EDGE_PREFIX.length).split('~');
  return layerId && functionId ? { layerId, functionId } : null;
}

/**
 * Scenario nodes as canvas nodes. Keeps what the canvas measured (size), the selection, and,
 * mid-drag, where the node is being dragged; otherwise xyflow would hide remeasured nodes or
 * snap them back.
 */
export function toFlowNodes(
  scenario: Scenario,
  selectedId: string | null,
  previous: FlowNode[],
  selectOnly?: ReadonlySet<string> | null,
): FlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  // A node just added and selected takes the selection over from the others.
  const takeover =
    scenario.nodes.some((n) => n.id === selectedId && !before.has(n.id)) && previous.length > 0;
  return scenario.nodes.map((node, index) => {
    const prev = before.get(node.id);
    const position = prev?.dragging
      ? prev.position
      : (node.position ?? { x: 80 + index * 60, y: 80 + index * 60 });
    return {
      id: node.id,
      type: node.kind === 'function' ? 'function' : 'service',
      position,
      data: { nodeId: node.id },
      selected: selectOnly
        ? selectOnly.has(node.id)
        : prev && !takeover
          ? !!prev.selected
          : node.id === selectedId,
      ...(prev?.measured ? { measured: prev.measured } : {}),
      ...(prev?.dragging ? { dragging: true } : {}),
    };
  });
}

export function toFlowEdges(scenario: Scenario, previous: FlowEdge[], running: boolean): FlowEdge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  const edges: FlowEdge[] = scenario.edges.map((edge) => ({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: 'lambda',
    data: { model: invocationModel(edge), label: edgeLabel(edge), running },
    selected: selected.has(edge.id),
    className: `edge-${edge.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
  }));
  for (const node of scenario.nodes) {
    if (node.kind !== 'function') continue;
    for (const layerId of node.layers ?? []) {
      if (!scenario.nodes.some((n) => n.id === layerId)) continue;
      const id = layerEdgeId(layerId, node.id);
      edges.push({
        id,
        source: layerId,
        target: node.id,
        type: 'lambda',
        data: { model: 'layer', label: 'layer', running: false },
        selected: selected.has(id),
        className: 'edge-layer',
      });
    }
  }
  return edges;
}
