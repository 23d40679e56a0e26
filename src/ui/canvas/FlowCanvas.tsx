import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useState } from 'react';
import { edgeKindsFor } from '../../scenario/edgeRules';
import { useAppActions, useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { useColorScheme } from '../common/useColorScheme';
import { ClientNodeView } from './ClientNodeView';
import type { FlowEdge, FlowNode } from './flowTypes';
import { FunctionNodeView } from './FunctionNodeView';
import { GenericNodeView } from './GenericNodeView';
import { Palette } from './Palette';
import { toFlowEdges, toFlowNodes } from './toFlowElements';

const nodeTypes: NodeTypes = { function: FunctionNodeView, client: ClientNodeView, generic: GenericNodeView };
const DELETE_KEYS = ['Delete', 'Backspace'];

function Canvas() {
  const scenario = useAppStore((s) => s.scenario);
  const selectedId = useAppStore((s) => s.selectedNodeId);
  const running = useAppStore((s) => s.run.status === 'running');
  const notice = useAppStore((s) => s.notice);
  const actions = useAppActions();
  const store = useAppStoreApi();
  const colorMode = useColorScheme();

  // Local copies let xyflow keep its measurements and in-progress drags; the store stays the source of truth.
  const [nodes, setNodes] = useState<FlowNode[]>(() => toFlowNodes(scenario, selectedId, []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(scenario, [], running));
  useEffect(() => setNodes((prev) => toFlowNodes(scenario, selectedId, prev)), [scenario, selectedId]);
  useEffect(() => setEdges((prev) => toFlowEdges(scenario, prev, running)), [scenario, running]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((prev) => applyNodeChanges(changes, prev));
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && picked.type === 'select') actions.select(picked.id);
      else if (
        changes.some((c) => c.type === 'select' && !c.selected && c.id === store.getState().selectedNodeId)
      ) {
        actions.select(null);
      }
    },
    [actions, store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    setEdges((prev) => applyEdgeChanges(changes, prev));
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | FlowEdge) => {
      const nodesById = store.getState().scenario.nodes;
      const from = nodesById.find((n) => n.id === c.source);
      const to = nodesById.find((n) => n.id === c.target);
      return !!from && !!to && edgeKindsFor(from.kind, to.kind).length > 0;
    },
    [store],
  );

  return (
    <ReactFlow<FlowNode, FlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={(c) => actions.connect(c.source, c.target)}
      isValidConnection={isValidConnection}
      onNodeDragStop={(_e, _node, dragged) => dragged.forEach((n) => actions.moveNode(n.id, n.position))}
      onNodesDelete={(deleted) => deleted.forEach((n) => actions.removeNode(n.id))}
      onEdgesDelete={(deleted) => deleted.forEach((e) => actions.removeEdge(e.id))}
      onPaneClick={() => actions.select(null)}
      deleteKeyCode={DELETE_KEYS}
      colorMode={colorMode}
      fitView
      fitViewOptions={{ padding: 0.3, maxZoom: 1.1 }}
      minZoom={0.2}
      maxZoom={2}
      proOptions={{ hideAttribution: true }}
      aria-label="Scenario canvas"
    >
      <Background gap={20} size={1} />
      <Controls showInteractive={false} />
      <Palette />
      {notice && (
        <Panel position="bottom-center" className="canvas-notice" role="status" data-testid="canvas-notice">
          {notice}
          <button
            type="button"
            className="btn-link"
            onClick={actions.dismissNotice}
            aria-label="Dismiss message"
          >
            ✕
          </button>
        </Panel>
      )}
    </ReactFlow>
  );
}

export function FlowCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
