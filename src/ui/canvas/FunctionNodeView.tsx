import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import type { FlowNode } from './flowTypes';
import { nodeSummary } from './nodeCatalog';
import { NodeIcon } from './NodeIcon';

export const FunctionNodeView = memo(function FunctionNodeView({ data, selected }: NodeProps<FlowNode>) {
  const id = data.nodeId;
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === id));
  const busy = useAppStore((s) => s.live?.functions[id]?.busy ?? 0);
  const idle = useAppStore((s) => s.live?.functions[id]?.idle ?? 0);
  const initializing = useAppStore((s) => s.live?.functions[id]?.initializing ?? 0);
  const throttles = useAppStore((s) => s.totals[id]?.Throttles ?? 0);
  const coldStarts = useAppStore((s) => s.totals[id]?.ColdStarts ?? 0);
  if (!node || node.kind !== 'function') return null;
  const reserved = node.reservedConcurrency;

  return (
    <div
      className={`flow-node function-node family-compute${selected ? ' is-selected' : ''}`}
      data-testid={`function-node-${id}`}
    >
      <Handle type="target" position={Position.Left} aria-label={`Connect into ${node.name}`} />
      <div className="flow-node-head">
        <NodeIcon kind="function" />
        <div className="flow-node-text">
          <div className="flow-node-title">{node.name}</div>
          <div className="flow-node-sub">
            {nodeSummary(node)}
            {reserved !== undefined && reserved !== null ? ` · reserved ${reserved}` : ''}
            {node.provisionedConcurrency ? ` · PC ${node.provisionedConcurrency}` : ''}
          </div>
          {(node.url || node.vpc || (node.layers?.length ?? 0) > 0) && (
            <div className="flow-node-sub">
              {[
                node.url ? `URL ${node.url.authType === 'NONE' ? 'public' : 'IAM'}` : '',
                node.vpc ? 'VPC' : '',
                node.layers?.length ? `${node.layers.length} layer(s)` : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          )}
        </div>
      </div>
      <div className="badges">
        <span
          className="badge badge-busy"
          title="Execution environments running a request"
          data-testid={`badge-busy-${id}`}
        >
          {busy} busy
        </span>
        <span className="badge" title="Warm environments waiting for a request">
          {idle} idle
        </span>
        {initializing > 0 && (
          <span className="badge badge-init" title="Environments in a cold start (init)">
            {initializing} init
          </span>
        )}
        <span className="badge badge-cold" title="Cold starts so far in this run">
          {coldStarts} cold
        </span>
        <span
          className={`badge ${throttles > 0 ? 'badge-throttle' : ''}`}
          title="Requests refused with 429 TooManyRequestsException so far"
          data-testid={`badge-throttles-${id}`}
        >
          {throttles} throttled
        </span>
      </div>
      <Handle type="source" position={Position.Right} aria-label={`Connect ${node.name} to a destination`} />
    </div>
  );
});
