import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import type { FlowNode } from './flowTypes';
import { trafficSummary } from './trafficSummary';

export const ClientNodeView = memo(function ClientNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === data.nodeId));
  if (!node || node.kind !== 'client') return null;
  return (
    <div
      className={`flow-node client-node${selected ? ' is-selected' : ''}`}
      data-testid={`client-node-${node.id}`}
    >
      <div className="flow-node-head">
        <span className="node-icon node-icon-client" aria-hidden="true">
          ⇢
        </span>
        <div>
          <div className="flow-node-title">{node.name}</div>
          <div className="flow-node-sub">{trafficSummary(node.traffic)}</div>
        </div>
      </div>
      <Handle type="source" position={Position.Right} aria-label={`Connect ${node.name} to a function`} />
    </div>
  );
});
