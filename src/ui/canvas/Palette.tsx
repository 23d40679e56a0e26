import { Panel, useReactFlow } from '@xyflow/react';
import { useAppActions, useAppStoreApi } from '../../state/useAppStore';
import { findFreeSpot } from './findFreeSpot';

/** Adds nodes near the middle of what is on screen, in a free spot, so a new node is always visible. */
export function Palette() {
  const { addFunction, addClient } = useAppActions();
  const store = useAppStoreApi();
  const flow = useReactFlow();

  function spot(preferDx: 1 | -1) {
    const pane = document.querySelector('.canvas-panel .react-flow');
    const rect = pane?.getBoundingClientRect();
    if (!rect) return undefined;
    const centre = flow.screenToFlowPosition({
      x: rect.left + rect.width / 2 - 110,
      y: rect.top + rect.height / 2 - 40,
    });
    const taken = store.getState().scenario.nodes.flatMap((n) => (n.position ? [n.position] : []));
    const free = findFreeSpot(centre, taken, preferDx);
    return { x: Math.round(free.x), y: Math.round(free.y) };
  }

  function add(kind: 'function' | 'client') {
    const position = spot(kind === 'function' ? 1 : -1);
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
