import { observabilityUi, useObservabilityUi } from '../../../state/observabilityUi';
import '../panels.css';

export const LOG_LEVELS = ['INFO', 'WARN', 'ERROR', 'FATAL', 'DEBUG', 'TRACE', 'PLATFORM'] as const;

/** Level picker for the log header. */
export function LogLevelSelect({ level, onChange }: { level: string; onChange(level: string): void }) {
  return (
    <select
      className="log-level"
      value={level}
      onChange={(e) => onChange(e.target.value)}
      aria-label="Log level"
      data-testid="log-level"
    >
      <option value="">All levels</option>
      {LOG_LEVELS.map((l) => (
        <option key={l} value={l}>
          {l}
        </option>
      ))}
    </select>
  );
}

/** Shown while the log is narrowed to one request: its id, a way to its lineage, and a way back. */
export function RequestFilterChip() {
  const requestId = useObservabilityUi((s) => s.logRequestId);
  if (!requestId) return null;
  const ui = observabilityUi.getState();
  return (
    <div className="log-request-chip" data-testid="log-request-filter">
      <span>
        Only request <code>{requestId}</code>
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          ui.showTrace(requestId);
          ui.requestTab('lineage');
        }}
      >
        Why? Show its path
      </button>
      <button
        type="button"
        className="btn btn-small btn-quiet"
        onClick={() => ui.filterLogsByRequest(null)}
        aria-label="Show all requests again"
      >
        × all requests
      </button>
    </div>
  );
}
