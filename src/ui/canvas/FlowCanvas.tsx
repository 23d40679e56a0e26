import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NodeKind } from '../../engine/scenarioTypes';
import { addNode, connect, deleteSelection, layoutScenario } from '../../state/canvasActions';
import { useUiStore } from '../../state/uiStore';
import { useAppActions, useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { useColorScheme } from '../common/useColorScheme';
import { importDroppedFile } from '../share/fileActions';
import './canvas.css';
import { CanvasTools } from './CanvasTools';
import { ConnectionPicker } from './ConnectionPicker';
import type { FlowEdge, FlowNode } from './flowTypes';
import { FIT_PADDING, fitSoon } from './fitSoon';
import { FunctionNodeView } from './FunctionNodeView';
import { LambdaEdge } from './LambdaEdge';
import { KIND_INFO } from './nodeCatalog';
import { DRAG_MIME, Palette } from './Palette';
import { ServiceNodeView } from './ServiceNodeView';
import { toFlowEdges, toFlowNodes, parseLayerEdgeId } from './toFlowElements';
import { useCanvasKeys } from './useCanvasKeys';
import { useDotsFrozen } from './edgeDots';
import { useEdgeDotsFeed } from './useEdgeDotsFeed';

const nodeTypes: NodeTypes = { function: FunctionNodeView, service: ServiceNodeView };
const edgeTypes: EdgeTypes = { lambda: LambdaEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];

function Canvas() {
  const scenario = useAppStore((s) => s.scenario);
  const selectedId = useAppStore((s) => s.selectedNodeId);
  const running = useAppStore((s) => s.run.status === 'running');
  const notice = useAppStore((s) => s.notice);
  const actions = useAppActions();
  const store = useAppStoreApi();
  const colorMode = useColorScheme();
  const flow = useReactFlow();
  const selectEdge = useUiStore((s) => s.selectEdge);
  const setPending = useUiStore((s) => s.setPendingConnection);
  const [dropping, setDropping] = useState(false);
  useEdgeDotsFeed(store);
  const dotsFrozen = useDotsFrozen();

  // Local copies let xyflow keep its measurements, drags and multi-selection; the store stays the source of truth.
  const [nodes, setNodes] = useState<FlowNode[]>(() => toFlowNodes(scenario, selectedId, []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(scenario, [], running));
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const edgesRef = useRef(edges);
  edgesRef.current = edges;
  const selectAfterPaste = useRef<Set<string> | null>(null);

  useEffect(() => {
    const force = selectAfterPaste.current;
    selectAfterPaste.current = null;
    setNodes((prev) => toFlowNodes(scenario, store.getState().selectedNodeId, prev, force));
  }, [scenario, store]);
  // A selection made elsewhere (a new node, an error link) replaces the canvas selection.
  useEffect(() => {
    if (!selectedId) return;
    setNodes((prev) =>
      prev.find((n) => n.id === selectedId)?.selected
        ? prev
        : prev.map((n) => ({ ...n, selected: n.id === selectedId })),
    );
  }, [selectedId]);
  useEffect(() => setEdges((prev) => toFlowEdges(scenario, prev, running)), [scenario, running]);
  // A different scenario (a lesson, a link, a file, undoing one of those) is brought into view.
  const shownIds = useRef(new Set(scenario.nodes.map((n) => n.id)));
  useEffect(() => {
    const ids = new Set(scenario.nodes.map((n) => n.id));
    const kept = [...ids].filter((id) => shownIds.current.has(id)).length;
    const replaced = kept < Math.max(1, Math.min(ids.size, shownIds.current.size) / 2);
    shownIds.current = ids;
    if (replaced) fitSoon(flow, 120);
  }, [scenario, flow]);

  // Only the person's own clicks (xyflow "select" changes) move the store's selection, so prop
  // updates can never echo back into a selection loop.
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setNodes((prev) => applyNodeChanges(changes, prev));
      if (!changes.some((c) => c.type === 'select')) return;
      const next = applyNodeChanges(changes, nodesRef.current);
      const picked = next.filter((n) => n.selected);
      const current = store.getState().selectedNodeId;
      if (picked.length === 0) {
        if (current !== null && next.some((n) => n.id === current)) actions.select(null);
      } else if (!picked.some((n) => n.id === current)) {
        const newest = changes.find((c) => c.type === 'select' && c.selected);
        actions.select(newest && newest.type === 'select' ? newest.id : picked[0].id);
      }
      if (picked.length > 0) selectEdge(null);
    },
    [actions, store, selectEdge],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      setEdges((prev) => applyEdgeChanges(changes, prev));
      if (!changes.some((c) => c.type === 'select')) return;
      const next = applyEdgeChanges(changes, edgesRef.current);
      const picked = next.filter((e) => e.selected && !parseLayerEdgeId(e.id));
      selectEdge(picked.length === 1 ? picked[0].id : null);
      if (picked.length === 1) actions.select(null);
    },
    [actions, selectEdge],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      setPending(null);
      const result = connect(store, c.source, c.target);
      if (result.ok === 'choose') setPending({ from: c.source, to: c.target, kinds: result.kinds });
    },
    [store, setPending],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: goneEdges }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
      const layerLinks = goneEdges.flatMap((e) => parseLayerEdgeId(e.id) ?? []);
      deleteSelection(
        store,
        gone.map((n) => n.id),
        goneEdges.filter((e) => !parseLayerEdgeId(e.id)).map((e) => e.id),
        layerLinks,
      );
      selectEdge(null);
    },
    [store, selectEdge],
  );

  useCanvasKeys({
    selectedNodeIds: () => nodesRef.current.filter((n) => n.selected).map((n) => n.id),
    onPasted: (ids) => {
      selectAfterPaste.current = new Set(ids);
    },
  });

  function onDrop(e: React.DragEvent) {
    setDropping(false);
    const kind = e.dataTransfer.getData(DRAG_MIME) as NodeKind;
    if (kind && kind in KIND_INFO) {
      e.preventDefault();
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addNode(store, kind, { x: Math.round(p.x - 100), y: Math.round(p.y - 30) });
      return;
    }
    const file = e.dataTransfer.files?.[0];
    if (file) {
      e.preventDefault();
      void importDroppedFile(store, file);
    }
  }

  return (
    <div
      className={`canvas-drop${dropping ? ' is-dropping' : ''}${dotsFrozen ? ' dots-frozen' : ''}`}
      data-testid="canvas-drop"
      onDragOver={(e) => {
        const types = Array.from(e.dataTransfer.types);
        if (types.includes(DRAG_MIME) || types.includes('Files')) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          if (types.includes('Files')) setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStop={(_e, _node, dragged) => dragged.forEach((n) => actions.moveNode(n.id, n.position))}
        onDelete={onDelete}
        onPaneClick={() => {
          actions.select(null);
          selectEdge(null);
        }}
        deleteKeyCode={DELETE_KEYS}
        multiSelectionKeyCode={MULTI_KEYS}
        selectionKeyCode="Shift"
        colorMode={colorMode}
        fitView
        fitViewOptions={{ padding: FIT_PADDING, maxZoom: 1.1 }}
        minZoom={0.2}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
        aria-label="Scenario canvas"
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          className="canvas-minimap"
          nodeClassName={(n) => `minimap-${String(n.type)}`}
        />
        <Palette />
        <CanvasTools onLayout={() => layoutScenario(store)} />
        <ConnectionPicker />
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
        {dropping && (
          <div className="drop-hint" aria-hidden="true">
            Drop a scenario .json file to open it
          </div>
        )}
      </ReactFlow>
    </div>
  );
}

export function FlowCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
