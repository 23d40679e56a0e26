import { Panel } from '@xyflow/react';
import type { EdgeKind } from '../../engine/scenarioTypes';
import { connect } from '../../state/canvasActions';
import { useUiStore } from '../../state/uiStore';
import { useAppStore, useAppStoreApi } from '../../state/useAppStore';

const KIND_HELP: Partial<Record<EdgeKind, string>> = {
  onSuccess: 'async destination for successful invocations',
  onFailure: 'async destination once retries are used up',
  deadLetter: 'dead-letter queue/topic for failed async events',
  invoke: 'call it',
  send: 'send it a message or object',
  notify: 'push an event notification',
  eventSourceMapping: 'Lambda polls it',
  redrive: 'dead-letter queue for this queue',
};

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
