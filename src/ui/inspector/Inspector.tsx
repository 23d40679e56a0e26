import { useAppActions, useAppStore } from '../../state/useAppStore';
import { ClientInspector } from './ClientInspector';
import { FunctionInspector } from './FunctionInspector';

export function Inspector() {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.selectedNodeId));
  const { removeNode } = useAppActions();

  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <header className="panel-header">
        <h2 id="inspector-title">
          {node
            ? node.kind === 'function'
              ? 'Function settings'
              : node.kind === 'client'
                ? 'Client traffic'
                : node.kind
            : 'Inspector'}
        </h2>
        {node && (
          <button
            type="button"
            className="btn btn-small btn-danger-quiet"
            onClick={() => removeNode(node.id)}
            data-testid="inspector-delete"
          >
            Delete
          </button>
        )}
      </header>
      {!node && (
        <p className="empty">
          Select a node on the canvas to edit it. Drag from a client’s right edge to a function to connect
          them.
        </p>
      )}
      {node?.kind === 'function' && <FunctionInspector node={node} />}
      {node?.kind === 'client' && <ClientInspector node={node} />}
      {node && node.kind !== 'function' && node.kind !== 'client' && (
        <p className="empty">No settings for {node.kind} nodes yet.</p>
      )}
    </section>
  );
}
