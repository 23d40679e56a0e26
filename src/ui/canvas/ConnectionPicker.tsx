import { Panel } from '@xyflow/react';
import { connect } from '../../state/canvasActions';
import { useUiStore } from '../../state/uiStore';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';
import { KIND_HELP } from './edgeKindHelp';

/** Where several edge kinds fit a pair (function -> queue), the person picks one. */
export function ConnectionPicker() {
  const pending = useUiStore((s) => s.pendingConnection);
  const setPending = useUiStore((s) => s.setPendingConnection);
  const store = useAppStoreApi();
  const names = useAppStore((s) => {
    if (!pending) return null;
    const name = (id: string) => s.scenario.nodes.find((n) => n.id === id)?.name ?? id;
    return `${name(pending.from)} → ${name(pending.to)}`;
  });
  if (!pending) return null;
  return (
    <Panel position="bottom-center" className="connection-picker" data-testid="connection-picker">
      <span className="picker-title">Connect {names} as:</span>
      {pending.kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className="btn btn-small"
          data-testid={`pick-${kind}`}
          title={KIND_HELP[kind]}
          onClick={() => {
            connect(store, pending.from, pending.to, kind);
            setPending(null);
          }}
        >
          {kind}
        </button>
      ))}
      <button type="button" className="btn-link" onClick={() => setPending(null)} aria-label="Cancel">
        ✕
      </button>
    </Panel>
  );
}
