import { useDeferredValue, useMemo, useState } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { LogLine } from './LogLine';
import { useFollowScroll } from './useFollowScroll';
import { useThrottledValue } from '../common/useThrottledValue';
import { useElementSize } from '../common/useElementSize';
import { useObservabilityUi } from '../../state/observabilityUi';
import { LogLevelSelect, RequestFilterChip } from '../panels/logs/LogFilterBar';

// The ring holds 5,000 lines; drawing only the newest few hundred keeps 10 updates/s cheap.
const SHOWN_LINES = 300;
// While following the tail only the last screenful is visible: drawing just that many lines (as
// many as fit at the shortest line height, plus a few) keeps each redraw small. At 1,000
// requests/s every redraw replaces all of them, so each line drawn costs DOM work 5 times a second.
const LINE_MIN_PX = 13;
const EXTRA_LINES_WHILE_FOLLOWING = 6;
/** Before the box is measured. */
const SHOWN_WHILE_FOLLOWING_UNMEASURED = 80;
// A fast run adds thousands of lines a second, far more than anyone reads as they scroll by:
// redrawing the list five times a second looks just as live and costs half as much.
const LOG_INTERVAL_MS = 200;

export function LogPanel() {
  const functionId = useAppStore((s) => s.focusedFunctionId);
  const name = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.focusedFunctionId)?.name);
  const logs = useThrottledValue(
    useAppStore((s) => s.logs),
    LOG_INTERVAL_MS,
  );
  const [filter, setFilter] = useState('');
  const [level, setLevel] = useState('');
  const requestId = useObservabilityUi((s) => s.logRequestId);
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());

  const [following, setFollowing] = useState(true);
  const { ref: scrollBox, height } = useElementSize<HTMLDivElement>();
  const shownWhileFollowing =
    height > 0
      ? Math.min(SHOWN_LINES, Math.ceil(height / LINE_MIN_PX) + EXTRA_LINES_WHILE_FOLLOWING)
      : SHOWN_WHILE_FOLLOWING_UNMEASURED;
  const matched = useMemo(() => {
    const out = [];
    const shown = following ? shownWhileFollowing : SHOWN_LINES;
    for (let i = logs.length - 1; i >= 0 && out.length < shown; i--) {
      const r = logs[i];
      if (r.functionId !== functionId) continue;
      if (deferredFilter && !r.line.toLowerCase().includes(deferredFilter)) continue;
      if (level && r.level !== level) continue;
      if (requestId && r.requestId !== requestId) continue;
      out.push(r);
    }
    return out.reverse();
  }, [logs, functionId, deferredFilter, level, requestId, following, shownWhileFollowing]);

  const { ref, onScroll, jumpToLatest } = useFollowScroll(matched, [following, setFollowing], scrollBox);

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
      <div className="log-frame">
        <div className="log-scroll" ref={ref} onScroll={onScroll} role="log" aria-live="off" tabIndex={0}>
          {matched.length === 0 ? (
            <p className="empty">
              {deferredFilter || level || requestId ? 'No lines match the filter.' : 'Log lines of the run appear here.'}
            </p>
          ) : (
            // While following, a fast run replaces every line shown on each redraw: keyed by
            // position, the rows keep their elements and only their text changes, instead of
            // unmounting and creating every row's elements five times a second.
            matched.map((r, i) => <LogLine key={following ? i : r.seq} record={r} />)
          )}
        </div>
      </div>
      {!following && (
        <button type="button" className="btn btn-small jump-latest" onClick={jumpToLatest}>
          ↓ Latest
        </button>
      )}
    </section>
  );
}
