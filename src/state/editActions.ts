import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../engine/scenarioTypes';
import type { AppActions, AppState } from './appState';
import * as edits from './scenarioEdits';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

type EditActions = Pick<
  AppActions,
  | 'select'
  | 'addFunction'
  | 'addClient'
  | 'removeNode'
  | 'removeEdge'
  | 'connect'
  | 'updateNode'
  | 'updateScenario'
  | 'moveNode'
  | 'setTraffic'
  | 'setFile'
  | 'setActiveFile'
  | 'renameFile'
  | 'deleteFile'
  | 'loadScenario'
  | 'dismissNotice'
>;

/** New nodes land in a loose diagonal so several quick clicks do not stack them exactly. */
function defaultPosition(count: number) {
  return { x: 200 + (count % 6) * 40, y: 320 + (count % 6) * 30 };
}

export function createEditActions(set: Set, get: Get): EditActions {
  return {
    select(nodeId) {
      const node = nodeId ? get().scenario.nodes.find((n) => n.id === nodeId) : undefined;
      set({
        selectedNodeId: node ? node.id : null,
        ...(node?.kind === 'function' ? { focusedFunctionId: node.id } : {}),
      });
    },
    addFunction(position) {
      const { scenario, id } = edits.addFunctionNode(
        get().scenario,
        position ?? defaultPosition(get().scenario.nodes.length),
      );
      set({ scenario, selectedNodeId: id, focusedFunctionId: id, notice: null });
      return id;
    },
    addClient(position) {
      const { scenario, id } = edits.addClientNode(
        get().scenario,
        position ?? defaultPosition(get().scenario.nodes.length),
      );
      set({ scenario, selectedNodeId: id, notice: null });
      return id;
    },
    removeNode(nodeId) {
      const s = get();
      const scenario = edits.removeNode(s.scenario, nodeId);
      const focusedGone = s.focusedFunctionId === nodeId;
      set({
        scenario,
        selectedNodeId: s.selectedNodeId === nodeId ? null : s.selectedNodeId,
        focusedFunctionId: focusedGone ? (edits.functionNodes(scenario)[0]?.id ?? null) : s.focusedFunctionId,
      });
    },
    removeEdge(edgeId) {
      set({ scenario: edits.removeEdge(get().scenario, edgeId) });
    },
    connect(fromId, toId) {
      const result = edits.connectNodes(get().scenario, fromId, toId);
      if (!result.ok) {
        set({ notice: `Cannot connect: ${result.message}` });
        return false;
      }
      set({ scenario: result.scenario, notice: null });
      return true;
    },
    updateNode(nodeId, patch) {
      set({ scenario: edits.updateNode(get().scenario, nodeId, patch) });
    },
    updateScenario(patch) {
      const next = { ...get().scenario, ...patch } as Record<string, unknown>;
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
      set({ scenario: next as unknown as Scenario });
    },
    moveNode(nodeId, position) {
      set({ scenario: edits.moveNode(get().scenario, nodeId, position) });
    },
    setTraffic(clientId, traffic) {
      set({ scenario: edits.setTraffic(get().scenario, clientId, traffic) });
    },
    setFile(functionId, fileName, content) {
      set({ scenario: edits.setFile(get().scenario, functionId, fileName, content) });
    },
    setActiveFile(functionId, fileName) {
      set({ activeFileByFunction: { ...get().activeFileByFunction, [functionId]: fileName } });
    },
    renameFile(ownerId, from, to) {
      const s = get();
      set({
        scenario: edits.renameFile(s.scenario, ownerId, from, to),
        activeFileByFunction: { ...s.activeFileByFunction, [ownerId]: to },
      });
    },
    deleteFile(ownerId, name) {
      const s = get();
      const active = { ...s.activeFileByFunction };
      if (active[ownerId] === name) delete active[ownerId];
      set({ scenario: edits.deleteFile(s.scenario, ownerId, name), activeFileByFunction: active });
    },
    loadScenario(scenario) {
      set({
        scenario,
        selectedNodeId: null,
        focusedFunctionId: edits.functionNodes(scenario)[0]?.id ?? null,
        activeFileByFunction: {},
        validationErrors: [],
        notice: null,
      });
      get().reset();
    },
    dismissNotice() {
      set({ notice: null, validationErrors: [] });
    },
  };
}
