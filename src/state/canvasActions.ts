// Store-level canvas edits (any node kind, chosen edge kinds, multi-delete, paste, layout).
// Each is one scenario change, so each is one undo step.
import type { EdgeKind, NodeKind, Position, ScenarioEdge } from '../engine/scenarioTypes';
import type { AppStore } from './appStore';
import { autoLayout } from './autoLayout';
import { connectKind, detachLayer, removeMany, updateEdge, type ConnectResult } from './canvasEdits';
import { addNodeOfKind } from './newNode';
import { copySelection, pasteClip, type Clip } from './pasteNodes';
import { functionNodes } from './scenarioEdits';

export function addNode(store: AppStore, kind: NodeKind, position: Position): string {
  const { scenario, id } = addNodeOfKind(store.getState().scenario, kind, position);
  store.setState({
    scenario,
    selectedNodeId: id,
    notice: null,
    ...(kind === 'function' ? { focusedFunctionId: id } : {}),
  });
  return id;
}

/** Connect two nodes; when several edge kinds fit and none is given, returns them to choose from. */
export function connect(store: AppStore, from: string, to: string, kind?: EdgeKind): ConnectResult {
  const result = connectKind(store.getState().scenario, from, to, kind);
  if (result.ok === true) store.setState({ scenario: result.scenario, notice: null });
  else if (result.ok === false) store.setState({ notice: `Cannot connect: ${result.message}` });
  return result;
}

export function deleteSelection(
  store: AppStore,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
  layerLinks: readonly { layerId: string; functionId: string }[] = [],
): void {
  const s = store.getState();
  let scenario = removeMany(s.scenario, nodeIds, edgeIds);
  for (const link of layerLinks) scenario = detachLayer(scenario, link.layerId, link.functionId);
  if (scenario === s.scenario) return;
  const ids = new Set(scenario.nodes.map((n) => n.id));
  store.setState({
    scenario,
    selectedNodeId: s.selectedNodeId && ids.has(s.selectedNodeId) ? s.selectedNodeId : null,
    focusedFunctionId:
      s.focusedFunctionId && ids.has(s.focusedFunctionId)
        ? s.focusedFunctionId
        : (functionNodes(scenario)[0]?.id ?? null),
  });
}

export function copyNodes(store: AppStore, nodeIds: readonly string[]): Clip {
  return copySelection(store.getState().scenario, nodeIds);
}

export function pasteNodes(store: AppStore, clip: Clip, offset?: Position): string[] {
  if (clip.nodes.length === 0) return [];
  const { scenario, ids } = pasteClip(store.getState().scenario, clip, offset);
  store.setState({ scenario, selectedNodeId: ids[0] ?? null, notice: null });
  return ids;
}

export function layoutScenario(store: AppStore): void {
  store.setState({ scenario: autoLayout(store.getState().scenario) });
}

export function setEdge(
  store: AppStore,
  edgeId: string,
  patch: { kind?: EdgeKind; config?: Record<string, unknown> },
): void {
  store.setState({ scenario: updateEdge(store.getState().scenario, edgeId, patch) });
}

export function findEdge(store: AppStore, edgeId: string): ScenarioEdge | undefined {
  return store.getState().scenario.edges.find((e) => e.id === edgeId);
}
