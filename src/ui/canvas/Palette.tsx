import { Panel, useReactFlow } from '@xyflow/react';
import { useAppActions, useAppStoreApi } from '../../state/useAppStore';
import { placeNewNode } from './placeNewNode';

/** Adds nodes in a free spot and brings them into view. */
export function Palette() {
  const { addFunction, addClient } = useAppActions();
  const store = useAppStoreApi();
  const flow = useReactFlow();

  function spot(kind: 'function' | 'client') {
    const pane = document.querySelector('.canvas-panel .react-flow');
    const rect = pane?.getBoundingClientRect();
    const centre = rect
      ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2 - 110, y: rect.top + rect.height / 2 - 40 })
      : { x: 0, y: 0 };
    return placeNewNode(kind, store.getState().scenario.nodes, centre);
  }

  function add(kind: 'function' | 'client') {
    const position = spot(kind);
    if (kind === 'function') addFunction(position);
    else addClient(position);
    // Keep the new node in view even when the free spot is at the edge of the screen.
    window.requestAnimationFrame(() => void flow.fitView({ padding: 0.25, maxZoom: 1.1, duration: 200 }));
  }

  return (
    <Panel position="top-left" className="palette" aria-label="Add to canvas">
      <span className="palette-title">Add</span>
      <button
        type="button"
        className="btn btn-small"
        data-testid="palette-add-function"
        onClick={() => add('function')}
      >
        <span className="node-icon node-icon-function" aria-hidden="true">
          λ
        </span>
        Function
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid="palette-add-client"
        onClick={() => add('client')}
      >
        <span className="node-icon node-icon-client" aria-hidden="true">
          ⇢
        </span>
        Client
      </button>
    </Panel>
  );
}
