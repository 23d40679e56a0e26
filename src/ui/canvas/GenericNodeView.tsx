import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import type { FlowNode } from './flowTypes';

/** Node kinds the canvas has no dedicated view for yet (a scenario may still contain them). */
export const GenericNodeView = memo(function GenericNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === data.nodeId));
  if (!node) return null;
  return (
    <div className={`flow-node${selected ? ' is-selected' : ''}`}>
      <Handle type="target" position={Position.Left} />
      <div className="flow-node-title">{node.name}</div>
      <div className="flow-node-sub">{node.kind}</div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
