import { useMemo, useRef } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory, useRunHistoryApi } from '../../state/useRunHistory';
import { useThrottledValue } from '../common/useThrottledValue';
import { formatSeconds, overviewPaths } from './overviewPaths';
import { keyToWindow, liveWindow, moveWindow, resizeWindow, type ScrubWindow } from './scrubWindow';
import './scrubber.css';

/** What the charts show while live; the scrubber's window starts at this width. */
export const CHART_WINDOW_SECONDS = 300;
// The overview strip is a summary: once a second is plenty, and keeps runs at 10 updates/s cheap.
const OVERVIEW_REDRAW_MS = 1000;

type Drag = { mode: 'move' | 'from' | 'to' };

/**
 * The time scrubber: the whole run as a strip with the window the charts show. Click or drag on
 * the strip to pick the moment (the window's end), drag a thumb to change the window, or use the
 * keys on the two thumbs; "Live" follows now again.
 */
export function RunScrubber() {
  const status = useAppStore((s) => s.run.status);
  // Before a run, the length the next run will have (as the toolbar's clock shows it).
  const endS = useAppStore((s) =>
    Math.max(
      1,
      s.run.status === 'idle' ? (s.scenario.durationSeconds ?? 300) : Math.ceil(s.run.endMs / 1000),
    ),
  );
  const api = useRunHistoryApi();
  const version = useThrottledValue(
    useRunHistory((s) => s.version),
    OVERVIEW_REDRAW_MS,
  );
  const lastS = useRunHistory((s) => s.history.lastT);
  const live = useRunHistory((s) => s.live);
  const fromS = useRunHistory((s) => s.fromS);
  const toS = useRunHistory((s) => s.toS);
  const resolutionS = useRunHistory((s) => s.moment?.resolutionS ?? 1);
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const pending = useRef<number | null>(null);
  // The width the person chose with a thumb; moving the moment keeps it (the live width until then).
  const widthS = useRef(CHART_WINDOW_SECONDS - 1);

  const domainS = Math.max(endS, lastS + 1, 1);
  const paths = useMemo(
    () => overviewPaths(api.getState().history.buckets(), domainS),
    // version is what changes when seconds are added; the history object itself is mutated in place.
    [version, domainS, api],
  );
  const recorded = lastS >= 0;
  const shown: ScrubWindow = live ? liveWindow(lastS, CHART_WINDOW_SECONDS) : { fromS, toS };
  const pct = (s: number) => `${Math.max(0, Math.min(100, (s / domainS) * 100))}%`;

  function apply(w: ScrubWindow) {
    // Computing the moment walks the history: once per frame is enough while dragging.
    if (pending.current !== null) cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => {
      pending.current = null;
      api.getState().scrubTo(w.fromS, w.toS);
    });
  }

  function secondsAt(clientX: number): number {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return ((clientX - box.left) / box.width) * domainS;
  }

  function onPointerDown(e: React.PointerEvent, mode: Drag['mode']) {
    if (!recorded || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    // On the strip or the window: the moment shown (the window's end) jumps to the pointer and
    // follows it while dragging. The thumbs move one edge.
    if (mode === 'move') apply(moveWindow(secondsAt(e.clientX), widthS.current, lastS));
    drag.current = { mode };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    (e.currentTarget as HTMLElement).addEventListener(
      'pointerup',
      () => {
        drag.current = null;
      },
      { once: true },
    );
  }

  function onPointerMove(e: React.PointerEvent) {
    const d = drag.current;
    if (!d) return;
    const at = secondsAt(e.clientX);
    const w = shownNow();
    if (d.mode === 'move') apply(moveWindow(at, widthS.current, lastS));
    else {
      const next = resizeWindow(w, d.mode, at, lastS);
      widthS.current = next.toS - next.fromS;
      apply(next);
    }
  }

  // The window as the store has it right now (a drag may have moved it since this render).
  function shownNow(): ScrubWindow {
    const s = api.getState();
    return s.live ? liveWindow(s.history.lastT, CHART_WINDOW_SECONDS) : { fromS: s.fromS, toS: s.toS };
  }

  function onKeyDown(e: React.KeyboardEvent, thumb: 'from' | 'to') {
    if (!recorded) return;
    // The store's newest second, not this render's: updates may have landed since.
    const result = keyToWindow(
      e.key,
      e.shiftKey,
      thumb,
      shownNow(),
      api.getState().history.lastT,
      widthS.current,
    );
    if (!result) return;
    e.preventDefault();
    if (result.kind === 'live') return api.getState().goLive();
    if (thumb === 'from') widthS.current = result.window.toS - result.window.fromS;
    api.getState().scrubTo(result.window.fromS, result.window.toS);
  }

  const windowText = `${formatSeconds(shown.fromS)} to ${formatSeconds(shown.toS)}`;
  return (
    <section
      className={`scrubber${live ? ' is-live' : ' is-past'}${recorded ? '' : ' is-empty'}`}
      aria-label="Run history"
      data-testid="scrubber"
    >
      <span className="scrubber-title">History</span>
      <span className="scrubber-edge muted small" aria-hidden="true">
        0:00
      </span>
      <div
        className="scrubber-track"
        ref={track}
        onPointerDown={(e) => onPointerDown(e, 'move')}
        onPointerMove={onPointerMove}
        data-testid="scrubber-track"
      >
        <svg
          className="scrubber-overview"
          viewBox="0 0 1000 100"
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <path className="overview-traffic" d={paths.traffic} />
          <path className="overview-failures" d={paths.failures} />
        </svg>
        {recorded && (
          <>
            <div
              className="scrubber-future"
              style={{ left: pct(lastS + 1) }}
              aria-hidden="true"
              title="Not simulated yet"
            />
            <div
              className="scrubber-window"
              style={{ left: pct(shown.fromS), width: `calc(${pct(shown.toS + 1 - shown.fromS)})` }}
              onPointerDown={(e) => onPointerDown(e, 'move')}
              onPointerMove={onPointerMove}
              data-testid="scrubber-window"
            >
              <span
                className="scrubber-thumb thumb-from"
                role="slider"
                tabIndex={0}
                aria-label="Window start"
                aria-valuemin={0}
                aria-valuemax={Math.max(0, shown.toS - 1)}
                aria-valuenow={shown.fromS}
                aria-valuetext={formatSeconds(shown.fromS)}
                onPointerDown={(e) => onPointerDown(e, 'from')}
                onPointerMove={onPointerMove}
                onKeyDown={(e) => onKeyDown(e, 'from')}
                data-testid="scrubber-from"
              />
              <span
                className="scrubber-thumb thumb-to"
                role="slider"
                tabIndex={0}
                aria-label="Moment shown (window end)"
                aria-valuemin={0}
                aria-valuemax={Math.max(0, lastS)}
                aria-valuenow={shown.toS}
                aria-valuetext={`${formatSeconds(shown.toS)}${live ? ', live' : ''}; charts show ${windowText}`}
                aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End"
                onPointerDown={(e) => onPointerDown(e, 'to')}
                onPointerMove={onPointerMove}
                onKeyDown={(e) => onKeyDown(e, 'to')}
                data-testid="scrubber-to"
              />
            </div>
          </>
        )}
      </div>
      <span className="scrubber-edge muted small" aria-hidden="true">
        {formatSeconds(domainS)}
      </span>
      <span className="scrubber-readout" data-testid="scrubber-readout">
        {!recorded
          ? status === 'idle'
            ? 'Run to record a history'
            : 'Waiting for the first second…'
          : live
            ? `Live · ${windowText}`
            : `${windowText}${resolutionS > 1 ? ` · ${resolutionS} s buckets` : ''}`}
      </span>
      <button
        type="button"
        className={`btn btn-small scrubber-live${live ? ' is-on' : ''}`}
        aria-pressed={live}
        disabled={!recorded}
        onClick={() => api.getState().goLive()}
        data-testid="scrubber-live"
        title={live ? 'Following the newest second' : 'Follow the newest second again (End)'}
      >
        <span className="live-dot" aria-hidden="true" />
        Live
      </button>
    </section>
  );
}
