import { useAppStore } from '../../state/useAppStore';
import { formatClock } from '../common/formatClock';

const STATUS_LABEL: Record<string, string> = {
  idle: 'Ready',
  starting: 'Starting…',
  running: 'Running',
  paused: 'Paused',
  done: 'Finished',
  stopped: 'Stopped',
  error: 'Error',
};

/**
 * Run status, simulated time and progress. Its own component: the time changes on every run
 * update (about ten a second), and only this part of the toolbar has to redraw for it.
 */
export function RunClock() {
  const status = useAppStore((s) => s.run.status);
  const nowMs = useAppStore((s) => s.run.nowMs);
  // Before a run, show the length the next run will have.
  const endMs = useAppStore((s) =>
    s.run.status === 'idle' ? (s.scenario.durationSeconds ?? 300) * 1000 : s.run.endMs,
  );
  const networkOn = useAppStore((s) => s.run.networkOn && s.run.status !== 'idle');
  const progress = endMs > 0 ? Math.min(1, nowMs / endMs) : 0;
  const now = formatClock(nowMs);
  const end = formatClock(endMs);

  return (
    <div className="clock" aria-live="off">
      <span className={`status-pill status-${status}`} data-testid="run-status">
        {STATUS_LABEL[status] ?? status}
      </span>
      {networkOn && (
        <span
          className="status-pill network-on"
          data-testid="network-on"
          title="You allowed real network requests for this run: responses and their real latency make it non-reproducible"
        >
          Network on · not reproducible
        </span>
      )}
      <span className="clock-time" data-testid="sim-clock" title="Simulated time / run length">
        {/* Sized by its character count (monospace), which changes only at rare boundaries such as 9:59.9 to 10:00.0. */}
        <span className="clock-value" style={{ width: `${now.length + end.length + 3}ch` }}>
          {now} <span className="muted">/ {end}</span>
        </span>
      </span>
      <span className="clock-bar" aria-hidden="true">
        <span style={{ transform: `scaleX(${progress})` }} />
      </span>
    </div>
  );
}
