import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory } from '../../state/useRunHistory';
import type { FlowNode } from './flowTypes';
import { handlesOf, KIND_INFO, nodeSummary } from './nodeCatalog';
import { NodeIcon } from './NodeIcon';

/** Every node kind except functions (which carry live badges): icon, name, key settings. */
export const ServiceNodeView = memo(function ServiceNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === data.nodeId));
  // Live queue depth from the newest simulated second (numbers, so re-renders only when they change).
  const liveVisible = useAppStore((s) => s.samples.at(-1)?.queues[data.nodeId]?.visible);
  const liveInFlight = useAppStore((s) => s.samples.at(-1)?.queues[data.nodeId]?.inFlight);
  // While scrubbing: the depth at the chosen second (its maximum, in coarse history).
  const past = useRunHistory((s) => !s.live);
  const pastVisible = useRunHistory((s) => (s.live ? undefined : s.moment?.queues[data.nodeId]?.visible));
  const pastInFlight = useRunHistory((s) => (s.live ? undefined : s.moment?.queues[data.nodeId]?.inFlight));
  const visible = past ? pastVisible : liveVisible;
  const inFlight = past ? pastInFlight : liveInFlight;
  if (!node) return null;
  const info = KIND_INFO[node.kind];
  const handles = handlesOf(node.kind);
  return (
    <div
      className={`flow-node service-node family-${info.family}${selected ? ' is-selected' : ''}`}
      data-testid={`${node.kind === 'client' ? 'client' : 'service'}-node-${node.id}`}
      data-kind={node.kind}
    >
      {handles.target && (
        <Handle type="target" position={Position.Left} title={`Connect into ${node.name}`} />
      )}
      <div className="flow-node-head">
        <NodeIcon kind={node.kind} />
        <div className="flow-node-text">
          <div className="flow-node-kind">{info.label}</div>
          <div className="flow-node-title">{node.name}</div>
          <div className="flow-node-sub">{nodeSummary(node)}</div>
        </div>
      </div>
      {node.kind === 'sqsQueue' && visible !== undefined && (
        <div className={`badges${past ? ' is-past' : ''}`}>
          <span
            className="badge badge-busy"
            title="Messages waiting in the queue"
            data-testid={`badge-visible-${node.id}`}
          >
            {visible} visible
          </span>
          <span className="badge" title="Messages received by a poller and not yet deleted">
            {inFlight ?? 0} in flight
          </span>
        </div>
      )}
      {handles.source && (
        <Handle type="source" position={Position.Right} title={`Connect ${node.name} to another node`} />
      )}
    </div>
  );
});
