import { useUiStore } from '../../state/uiStore';
import { useAppActions, useAppStore } from '../../state/useAppStore';
import { KIND_INFO } from '../canvas/nodeCatalog';
import { NodeIcon } from '../canvas/NodeIcon';
import { ClientInspector } from './ClientInspector';
import { ConnectToField } from './ConnectToField';
import { EdgeInspector } from './EdgeInspector';
import { FunctionInspector } from './FunctionInspector';
import './inspector.css';
import { ScenarioInspector } from './ScenarioInspector';
import { ServiceInspector } from './ServiceInspector';

export function Inspector() {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.selectedNodeId));
  const edgeId = useUiStore((s) => s.selectedEdgeId);
  const edge = useAppStore((s) => (edgeId ? s.scenario.edges.find((e) => e.id === edgeId) : undefined));
  const { removeNode } = useAppActions();

  if (!node && edge) return <EdgeInspector edge={edge} />;
  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <header className="panel-header">
        <h2 id="inspector-title" className="inspector-title">
          {node && <NodeIcon kind={node.kind} size={16} />}
          {node
            ? node.kind === 'function'
              ? 'Function settings'
              : node.kind === 'client'
                ? 'Client traffic'
                : KIND_INFO[node.kind].label
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
      {node && node.kind !== 'function' && node.kind !== 'client' && <ServiceInspector node={node} />}
      {node && (
        <div className="inspector-body">
          <ConnectToField key={node.id} node={node} />
        </div>
      )}
    </section>
  );
}
