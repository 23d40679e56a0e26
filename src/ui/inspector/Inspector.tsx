import { useAppActions, useAppStore } from '../../state/useAppStore';
import { ClientInspector } from './ClientInspector';
import { FunctionInspector } from './FunctionInspector';
import { ScenarioInspector } from './ScenarioInspector';

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
            : 'Scenario'}
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
      {!node && <ScenarioInspector />}
      {node?.kind === 'function' && <FunctionInspector node={node} />}
      {node?.kind === 'client' && <ClientInspector node={node} />}
      {node && node.kind !== 'function' && node.kind !== 'client' && (
        <p className="empty">No settings for {node.kind} nodes yet.</p>
      )}
    </section>
  );
}
