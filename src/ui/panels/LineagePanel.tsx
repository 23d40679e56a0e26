import { useDeferredValue, useMemo } from 'react';
import { observabilityUi, useObservabilityUi, useViewState } from '../../state/observabilityUi';
import { useAppStore } from '../../state/useAppStore';
import { useScrubbedEndMs } from '../../state/useRunHistory';
import { formatClock } from '../common/formatClock';
import { formatDuration, formatSeconds } from './formatMs';
import { filterTraces, linkedIds, TAG_LABELS, tagsOf, type TraceTag } from './traceIndex';
import { useTraceIndex } from './useTraceIndex';
import './panels.css';

const SHOWN = 300;

export function LineagePanel() {
  const index = useTraceIndex();
  const names = useAppStore((s) => s.scenario.nodes);
  const nameOf = (id?: string) => (id ? (names.find((n) => n.id === id)?.name ?? id) : '');
  const selected = useObservabilityUi((s) => s.traceId);
  const [text, setText] = useViewState('lineage.text', '');
  const [tag, setTag] = useViewState<TraceTag | ''>('lineage.tag', '');
  const query = useDeferredValue(text);
  // The history scrubber on a past moment: the requests and messages that had begun by its end.
  const atMs = useScrubbedEndMs();
  const list = useMemo(() => filterTraces(index, query, tag || null, SHOWN, atMs), [index, query, tag, atMs]);
  const steps = selected ? (index.byId.get(selected) ?? []) : [];
  const links = useMemo(
    () => (selected ? linkedIds(index, selected) : { to: [], from: [] }),
    [index, selected],
  );
  const show = (id: string) => observabilityUi.getState().showTrace(id);

  return (
    <div className="obs-panel lineage" data-testid="lineage-panel">
      <div className="obs-toolbar">
        <label>
          <span>Find</span>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="request or message id, step, rule"
            aria-label="Filter requests and messages"
            data-testid="lineage-filter"
          />
        </label>
        <label>
          <span>Show</span>
          <select
            value={tag}
            onChange={(e) => setTag(e.target.value as TraceTag | '')}
            data-testid="lineage-tag"
          >
            <option value="">all</option>
            {(Object.keys(TAG_LABELS) as TraceTag[]).map((t) => (
              <option key={t} value={t}>
                {TAG_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {atMs !== null && (
            <strong data-testid="lineage-at">begun by {formatClock(atMs)} (history) · </strong>
          )}
          {index.summaries.length.toLocaleString('en-US')} requests and messages in the buffer (newest 20,000
          steps)
        </span>
      </div>
      <div className="lineage-body">
        <ul className="trace-list" aria-label="Requests and messages, newest first" data-testid="trace-list">
          {list.length === 0 && (
            <li className="empty">
              {index.summaries.length
                ? 'Nothing matches.'
                : 'Press Run: every request and message appears here.'}
            </li>
          )}
          {list.map((s) => (
            <li key={s.traceId}>
              <button
                type="button"
                className={`trace-item${s.traceId === selected ? ' is-selected' : ''}`}
                aria-pressed={s.traceId === selected}
                onClick={() => show(s.traceId)}
                data-testid="trace-item"
              >
                <code>{s.traceId.slice(0, 13)}</code>
                <span className="muted">{nameOf(s.functionId)}</span>
                <span className="trace-last">{s.lastStep}</span>
                {s.tags.map((t) => (
                  <span key={t} className={`tag tag-${t}`}>
                    {TAG_LABELS[t]}
                  </span>
                ))}
              </button>
            </li>
          ))}
        </ul>
        <section
          className="trace-detail"
          aria-label="Path of the selected request or message"
          data-testid="trace-detail"
        >
          {!selected ? (
            <p className="empty">
              Pick a request or message to see its path, step by step, with the rule that decided each step.
            </p>
          ) : (
            <>
              <h3>
                <code data-testid="trace-id">{selected}</code>
              </h3>
              {steps.length === 0 && <p className="empty">Its steps are no longer in the buffer.</p>}
              <ol className="trace-steps">
                {steps.map((t, i) => {
                  const tags = tagsOf(t.step, t.rule);
                  return (
                    <li key={i} data-testid="trace-step">
                      <span className="step-time">
                        {formatSeconds(t.tMs)}
                        {i > 0 && <span className="muted"> +{formatDuration(t.tMs - steps[i - 1].tMs)}</span>}
                      </span>
                      <span className="step-what">
                        <strong>{t.step}</strong>
                        {t.functionId && <span className="muted"> · {nameOf(t.functionId)}</span>}
                        {tags.map((g) => (
                          <span key={g} className={`tag tag-${g}`}>
                            {TAG_LABELS[g]}
                          </span>
                        ))}
                        {t.rule && (
                          <span className="step-rule" data-testid="trace-rule">
                            Why: {t.rule}
                          </span>
                        )}
                        {t.links?.map((l) => (
                          <button key={l} type="button" className="trace-link" onClick={() => show(l)}>
                            → {l.slice(0, 13)}
                          </button>
                        ))}
                      </span>
                    </li>
                  );
                })}
              </ol>
              {(links.to.length > 0 || links.from.length > 0) && (
                <p className="trace-links" data-testid="trace-links">
                  {links.to.length > 0 && <span className="muted">Linked to: </span>}
                  {links.to.slice(0, 20).map((l) => (
                    <button key={l} type="button" className="trace-link" onClick={() => show(l)}>
                      {l.slice(0, 13)}
                    </button>
                  ))}
                  {links.from.length > 0 && <span className="muted"> Linked from: </span>}
                  {links.from.slice(0, 20).map((l) => (
                    <button key={l} type="button" className="trace-link" onClick={() => show(l)}>
                      {l.slice(0, 13)}
                    </button>
                  ))}
                </p>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
