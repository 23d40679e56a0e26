import { useMemo } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { useThrottledValue } from '../common/useThrottledValue';
import { LogLine } from '../logs/LogLine';
import { useFollowScroll } from '../logs/useFollowScroll';

const SHOWN = 200;

/** One execution environment's log stream, filtered from the log lines the store keeps. */
export function EnvLogStream({
  functionId,
  envId,
  title,
  onClose,
}: {
  functionId: string;
  envId: number;
  title: string;
  onClose(): void;
}) {
  const logs = useThrottledValue(
    useAppStore((s) => s.logs),
    500,
  );
  const lines = useMemo(() => {
    const out = [];
    for (let i = logs.length - 1; i >= 0 && out.length < SHOWN; i--) {
      const r = logs[i];
      if (r.functionId === functionId && r.envId === envId) out.push(r);
    }
    return out.reverse();
  }, [logs, functionId, envId]);
  const stream = lines[0]?.logStream;
  const { ref, onScroll } = useFollowScroll<HTMLDivElement>(lines);
  return (
    <section className="env-logs" aria-label={`Log stream of ${title}`} data-testid="env-log-stream">
      <header>
        <strong>{title}</strong>
        {stream && <code className="muted small">{stream}</code>}
        <button
          type="button"
          className="btn btn-small btn-quiet"
          onClick={onClose}
          aria-label="Close the log stream"
        >
          ×
        </button>
      </header>
      <div
        className="env-logs-scroll"
        tabIndex={0}
        ref={ref}
        onScroll={onScroll}
        role="log"
        aria-label="Log lines of this environment"
      >
        {lines.length === 0 ? (
          <p className="empty">
            No lines of this environment are left in the log buffer (it keeps the newest 5,000 lines).
          </p>
        ) : (
          lines.map((r) => <LogLine key={r.seq} record={r} />)
        )}
      </div>
    </section>
  );
}
