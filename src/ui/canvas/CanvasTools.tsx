import { Panel, useReactFlow } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import { historyFor } from '../../state/attachHistory';
import { fitSoon } from './fitSoon';
import { useAppStoreApi } from '../../state/useAppStore';

/** Undo / redo, auto-layout and zoom-to-fit, top right of the canvas. */
export function CanvasTools({ onLayout }: { onLayout: () => void }) {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const history = historyFor(store, safeSession());
  const canUndo = useSyncExternalStore(history.subscribe, history.canUndo);
  const canRedo = useSyncExternalStore(history.subscribe, history.canRedo);
  const fit = () => fitSoon(flow);
  return (
    <Panel position="top-right" className="canvas-tools" aria-label="Canvas tools">
      <button
        type="button"
        className="tool-btn"
        onClick={() => history.undo()}
        disabled={!canUndo}
        title="Undo (Ctrl/⌘+Z)"
        aria-label="Undo"
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="tool-btn"
        onClick={() => history.redo()}
        disabled={!canRedo}
        title="Redo (Ctrl/⌘+Shift+Z or Ctrl+Y)"
        aria-label="Redo"
        data-testid="redo"
      >
        ↷
      </button>
      <button
        type="button"
        className="tool-btn"
        onClick={() => {
          onLayout();
          fit();
        }}
        title="Auto-layout: left to right along the connections"
        data-testid="auto-layout"
      >
        Layout
      </button>
      <button type="button" className="tool-btn" onClick={fit} title="Zoom to fit" data-testid="zoom-fit">
        Fit
      </button>
    </Panel>
  );
}

function safeSession(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
