import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from './flowTypes';
import { MODEL_LABEL, type InvocationModel } from './edgeModel';
import { EdgeDots } from './EdgeDots';
import { useHasEdgeDots } from './edgeDots';

export type LambdaEdgeData = { model: InvocationModel; label: string; running: boolean };

const DASH: Record<InvocationModel, string | undefined> = {
  sync: undefined,
  async: '7 5',
  polled: '1.5 5',
  layer: '2 4',
};

/** Solid = synchronous, dashed = asynchronous, dotted with a poller glyph = event source mapping. */
export const LambdaEdge = memo(function LambdaEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, selected, markerEnd } =
    props;
  const data = props.data as LambdaEdgeData | undefined;
  const model = data?.model ?? 'sync';
  const hasDots = useHasEdgeDots(id);
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={`lambda-edge model-${model}${data?.running ? ' is-running' : ''}${hasDots ? ' has-dots' : ''}`}
        style={{ strokeDasharray: DASH[model], strokeWidth: selected ? 2.6 : model === 'polled' ? 2.2 : 1.6 }}
        interactionWidth={16}
      />
      <EdgeDots edgeId={id} path={path} />
      <EdgeLabelRenderer>
        <div
          className={`edge-label model-${model}${selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={MODEL_LABEL[model]}
          data-testid={`edge-label-${id}`}
        >
          {model === 'polled' && (
            <svg className="poller-glyph" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M10 6a4 4 0 1 1-1.2-2.85" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M9.5 1v2.5H7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          )}
          {data?.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
