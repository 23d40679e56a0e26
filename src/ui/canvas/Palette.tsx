import { Panel, useReactFlow } from '@xyflow/react';
import type { NodeKind } from '../../engine/scenarioTypes';
import { addNode } from '../../state/canvasActions';
import { fitSoon } from './fitSoon';
import { useAppStoreApi } from '../../state/useAppStore';
import { KINDS } from './nodeCatalog';
import { NodeIcon } from './NodeIcon';
import { placeNewNode } from './placeNewNode';

export const DRAG_MIME = 'application/x-lambda-playground-kind';

/** Every node kind, grouped by service family: click to add in a free spot, or drag onto the canvas. */
export function Palette() {
  const store = useAppStoreApi();
  const flow = useReactFlow();

  function add(kind: NodeKind) {
    const pane = document.querySelector('.canvas-panel .react-flow');
    const rect = pane?.getBoundingClientRect();
    const centre = rect
      ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2 - 110, y: rect.top + rect.height / 2 - 40 })
      : { x: 0, y: 0 };
    const nodes = store.getState().scenario.nodes;
    // Functions stack right of the traffic, everything that sends to them to the left.
    const side = kind === 'function' ? 'function' : 'client';
    addNode(store, kind, placeNewNode(side, nodes, centre));
    fitSoon(flow);
  }

  return (
    <Panel position="top-left" className="palette palette-kinds" aria-label="Add to canvas">
      <span className="palette-title">Add</span>
      {KINDS.map((k) => (
        <button
          type="button"
          className={`palette-item family-${k.family}`}
          data-testid={`palette-add-${k.kind}`}
          aria-label={`Add ${k.label}`}
          title={`${k.label}: ${k.blurb}. Click to add, or drag onto the canvas.`}
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_MIME, k.kind);
            e.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => add(k.kind)}
        >
          <NodeIcon kind={k.kind} size={18} />
        </button>
      ))}
    </Panel>
  );
}
