import { useDeferredValue, useMemo, useState } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { LogLine } from './LogLine';
import { useFollowScroll } from './useFollowScroll';
import { useObservabilityUi } from '../../state/observabilityUi';
import { LogLevelSelect, RequestFilterChip } from '../panels/logs/LogFilterBar';

// The ring holds 5,000 lines; drawing only the newest few hundred keeps 10 updates/s cheap.
const SHOWN_LINES = 300;

export function LogPanel() {
  const functionId = useAppStore((s) => s.focusedFunctionId);
  const name = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.focusedFunctionId)?.name);
  const logs = useAppStore((s) => s.logs);
  const [filter, setFilter] = useState('');
  const [level, setLevel] = useState('');
  const requestId = useObservabilityUi((s) => s.logRequestId);
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());

  const matched = useMemo(() => {
    const out = [];
    for (let i = logs.length - 1; i >= 0 && out.length < SHOWN_LINES; i--) {
      const r = logs[i];
      if (r.functionId !== functionId) continue;
      if (deferredFilter && !r.line.toLowerCase().includes(deferredFilter)) continue;
      if (level && r.level !== level) continue;
      if (requestId && r.requestId !== requestId) continue;
      out.push(r);
    }
    return out.reverse();
  }, [logs, functionId, deferredFilter, level, requestId]);

  const { ref, following, onScroll, jumpToLatest } = useFollowScroll<HTMLDivElement>(matched);

  return (
    <section className="panel logs" aria-labelledby="logs-title" data-testid="log-panel">
      <header className="panel-header">
        <h2 id="logs-title">Logs {name && <span className="muted">· /aws/lambda/{name}</span>}</h2>
        <input
          type="search"
          className="log-filter"
          placeholder="Filter lines"
          aria-label="Filter log lines"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          data-testid="log-filter"
        />
        <LogLevelSelect level={level} onChange={setLevel} />
      </header>
      <RequestFilterChip />
      <div className="log-scroll" ref={ref} onScroll={onScroll} role="log" aria-live="off" tabIndex={0}>
        {matched.length === 0 ? (
          <p className="empty">
            {deferredFilter || level || requestId ? 'No lines match the filter.' : 'Log lines of the run appear here.'}
          </p>
        ) : (
          matched.map((r) => <LogLine key={r.seq} record={r} />)
        )}
      </div>
      {!following && (
        <button type="button" className="btn btn-small jump-latest" onClick={jumpToLatest}>
          ↓ Latest
        </button>
      )}
    </section>
  );
}
