import { useState } from 'react';
import { observabilityUi } from '../../state/observabilityUi';
import { formatSeconds } from './formatMs';
import { latestWithTag, TAG_LABELS, type TraceTag } from './traceIndex';
import { useTraceIndex } from './useTraceIndex';

const QUESTION: Record<TraceTag, string> = {
  throttled: 'Why throttled?',
  cold: 'Why a cold start?',
  retry: 'Why retried?',
  failed: 'Why failed?',
  dropped: 'Why dropped?',
  dlq: 'Why to the DLQ?',
};

/** "Why?": the rule the engine recorded for the newest step of this kind, and a way into its lineage. */
export function WhyButton({ tag, functionId }: { tag: TraceTag; functionId: string | null }) {
  const index = useTraceIndex(1000);
  const [open, setOpen] = useState(false);
  const hit = latestWithTag(index, tag, functionId);
  if (!hit) return null;
  return (
    <span className="why">
      <button
        type="button"
        className="btn btn-small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid={`why-${tag}`}
      >
        {QUESTION[tag]}
      </button>
      {open && (
        <span
          className="why-pop"
          role="dialog"
          aria-label={QUESTION[tag]}
          data-testid="why-pop"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <span>
            At {formatSeconds(hit.step.tMs)}, <code>{hit.traceId.slice(0, 13)}</code> was{' '}
            <strong>{hit.step.step}</strong>.
          </span>
          {hit.step.rule && <span className="step-rule">{hit.step.rule}</span>}
          <span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                observabilityUi.getState().showTrace(hit.traceId);
                observabilityUi.getState().requestTab('lineage');
                setOpen(false);
              }}
            >
              Show its path
            </button>
            <button type="button" className="btn btn-small btn-quiet" onClick={() => setOpen(false)}>
              Close
            </button>
            <span className="muted small"> newest {TAG_LABELS[tag]} step</span>
          </span>
        </span>
      )}
    </span>
  );
}
