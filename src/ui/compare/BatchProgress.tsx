import type { Batch } from '../../state/compareStore';
import { variantColor } from './seriesColors';

const STATUS: Record<string, string> = {
  queued: 'queued',
  starting: 'starting…',
  running: 'running',
  paused: 'paused',
  done: 'done',
  stopped: 'stopped',
  error: 'error',
  cancelled: 'cancelled',
};

/** One progress bar per variant (simulated time / run length) and a Cancel for the batch. */
export function BatchProgress({ batch, onCancel, testId }: { batch: Batch; onCancel(): void; testId: string }) {
  return (
    <div className="cmp-progress" data-testid={testId} data-status={batch.status}>
      <ul>
        {batch.runs.map((r, i) => {
          const fraction = r.endMs > 0 ? Math.min(1, r.nowMs / r.endMs) : 0;
          return (
            <li key={i} data-testid="cmp-progress-row">
              <span className="cmp-swatch" style={{ background: variantColor(i) }} aria-hidden="true" />
              <span className="cmp-progress-label">{r.variant.label}</span>
              <progress
                max={1}
                value={r.status === 'done' ? 1 : fraction}
                aria-label={`${r.variant.label} progress`}
              />
              <span className={`cmp-progress-status is-${r.status}`}>
                {STATUS[r.status] ?? r.status}
                {r.status === 'running' && ` ${Math.round(fraction * 100)}%`}
              </span>
              {r.error && (
                <span className="cmp-error" role="alert">
                  {r.error}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {batch.status === 'running' && (
        <button type="button" className="btn btn-small" data-testid="cmp-cancel" onClick={onCancel}>
          Cancel
        </button>
      )}
      {batch.status === 'cancelled' && <span className="muted small">Cancelled.</span>}
    </div>
  );
}
