import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import type { FlowNode } from './flowTypes';
import { nodeSummary } from './nodeCatalog';
import { NodeIcon } from './NodeIcon';
import { useFunctionBadges } from './useFunctionBadges';
import { WhyBadge } from './WhyBadge';

export const FunctionNodeView = memo(function FunctionNodeView({ data, selected }: NodeProps<FlowNode>) {
  const id = data.nodeId;
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === id));
  const { past, busy, idle, initializing, coldStarts, throttles, errors, dropped } = useFunctionBadges(id);
  if (!node || node.kind !== 'function') return null;
  const reserved = node.reservedConcurrency;

  return (
    <div
      className={`flow-node function-node family-compute${selected ? ' is-selected' : ''}`}
      data-testid={`function-node-${id}`}
    >
      <Handle type="target" position={Position.Left} title={`Connect into ${node.name}`} />
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
      <div
        className={`badges${past ? ' is-past' : ''}${errors > 0 || dropped > 0 ? ' has-more' : ''}`}
        title={past ? 'At the scrubbed moment: busy is the maximum within that second; counts are since the start' : undefined}
      >
        <span
          className="badge badge-busy"
          title="Execution environments running a request"
          data-testid={`badge-busy-${id}`}
        >
          {busy} busy
        </span>
        <span className="badge" title="Warm environments waiting for a request" data-testid={`badge-idle-${id}`}>
          {idle} idle
        </span>
        {initializing !== null && initializing > 0 && (
          <span className="badge badge-init" title="Environments in a cold start (init)">
            {initializing} init
          </span>
        )}
        <WhyBadge
          kind="cold"
          functionId={id}
          count={coldStarts}
          label="cold"
          className="badge-cold"
          title="Cold starts so far in this run"
          testId={`badge-cold-${id}`}
        />
        <WhyBadge
          kind="throttle"
          functionId={id}
          count={throttles}
          label="throttled"
          className={throttles > 0 ? 'badge-throttle' : ''}
          title="Requests refused with 429 TooManyRequestsException so far"
          testId={`badge-throttles-${id}`}
        />
        {errors > 0 && (
          <WhyBadge
            kind="error"
            functionId={id}
            count={errors}
            label={errors === 1 ? 'error' : 'errors'}
            className="badge-error"
            title="Invocations that failed (error, timeout or crash) so far"
            testId={`badge-errors-${id}`}
          />
        )}
        {dropped > 0 && (
          <WhyBadge
            kind="dropped"
            functionId={id}
            count={dropped}
            label="dropped"
            className="badge-dropped"
            title="Asynchronous events that failed for good (AsyncEventsDropped) so far"
            testId={`badge-dropped-${id}`}
          />
        )}
      </div>
      <Handle type="source" position={Position.Right} title={`Connect ${node.name} to a destination`} />
    </div>
  );
});
