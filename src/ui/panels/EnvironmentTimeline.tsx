import { useMemo, useState, type MouseEvent } from 'react';
import { ENV_EVENT_CAP } from '../../state/observability';
import { useViewState } from '../../state/observabilityUi';
import { functionNodes } from '../../state/scenarioEdits';
import { useAppStore } from '../../state/useAppStore';
import { useRunHistory, useScrubbedEndMs } from '../../state/useRunHistory';
import { formatClock } from '../common/formatClock';
import { useThrottledValue } from '../common/useThrottledValue';
import { buildLanes, laneRects, segmentAt, type Lane, type LaneSegment } from './envLanes';
import { EnvLogStream } from './EnvLogStream';
import { formatDuration, formatSeconds } from './formatMs';
import { OKABE_ITO, SEGMENT_COLORS } from './palette';
import { useElementWidth } from './useElementWidth';
import './panels.css';

const REDRAW_MS = 250;
const LABEL_PX = 118;
const OVERSCAN = 4;
const ALL = '*all*';
const WINDOWS = [
  { id: 'all', label: 'Whole run', ms: Infinity },
  { id: '60', label: 'Last 60 s', ms: 60_000 },
  { id: '10', label: 'Last 10 s', ms: 10_000 },
];

const SEGMENT_LABEL: Record<string, string> = {
  platform: 'Init (platform: runtime start)',
  init: 'Init (module: your top-level code)',
  busy: 'Invoking',
  idle: 'Idle (frozen)',
};

interface Hover {
  lane: Lane;
  seg: LaneSegment | null;
  x: number;
  y: number;
}

function segmentText(seg: LaneSegment): string {
  const end = seg.open ? 'now' : formatSeconds(seg.endMs);
  const parts = [
    `${SEGMENT_LABEL[seg.kind]}${seg.kind === 'busy' && seg.status ? `: ${seg.status}` : ''}`,
    `${formatSeconds(seg.startMs)} → ${end} (${formatDuration(seg.endMs - seg.startMs)})`,
  ];
  if (seg.requestId) parts.push(`RequestId: ${seg.requestId}`);
  return parts.join('\n');
}

export function EnvironmentTimeline() {
  const scenario = useAppStore((s) => s.scenario);
  const focused = useAppStore((s) => s.focusedFunctionId);
  const ended = useAppStore((s) => s.run.status === 'done' || s.run.status === 'stopped');
  const events = useThrottledValue(
    useAppStore((s) => s.observability.envEvents),
    REDRAW_MS,
  );
  const runNowMs = useThrottledValue(
    useAppStore((s) => s.run.nowMs),
    REDRAW_MS,
  );
  // With the history scrubber on a past moment, the lanes are as they were at the end of that
  // second, and "Whole run" means the scrubber's window.
  const scrubEndMs = useScrubbedEndMs();
  const scrubFromS = useRunHistory((h) => h.fromS);
  const atMs = scrubEndMs === null ? null : Math.min(runNowMs, scrubEndMs);
  const nowMs = atMs ?? runNowMs;
  const shownEvents = useMemo(
    () => (atMs === null ? events : events.filter((e) => e.tMs <= atMs)),
    [events, atMs],
  );
  const olderThanKept = atMs !== null && events.length > 0 && events[0].tMs > atMs;
  const [picked, setPicked] = useViewState<string | null>('timeline.function', null);
  const [windowId, setWindowId] = useViewState('timeline.window', 'all');
  const [selectedKey, setSelectedKey] = useViewState<string | null>('timeline.lane', null);
  const [scrollTop, setScrollTop] = useState(0);
  const [hover, setHover] = useState<Hover | null>(null);
  const { ref: bodyRef, width: bodyWidth } = useElementWidth<HTMLDivElement>();

  const functions = functionNodes(scenario);
  const scope = picked ?? focused ?? ALL;
  const compact = scope === ALL;
  const laneH = compact ? 12 : 22;
  const names = useMemo(() => new Map(functions.map((f) => [f.id, f.name])), [functions]);

  const lanes = useMemo(
    () => buildLanes(shownEvents, nowMs, compact ? null : scope),
    [shownEvents, nowMs, compact, scope],
  );
  const span = WINDOWS.find((w) => w.id === windowId)?.ms ?? Infinity;
  const toMs = Math.max(nowMs, 1000);
  const fromMs = Number.isFinite(span)
    ? Math.max(0, toMs - span)
    : atMs !== null
      ? Math.min(scrubFromS * 1000, toMs - 1000)
      : 0;
  const trackPx = Math.max(100, bodyWidth - LABEL_PX - 8);
  // Taller than any bottom panel: lanes below it are not drawn until scrolled to.
  const viewportPx = 1000;
  const first = Math.max(0, Math.floor(scrollTop / laneH) - OVERSCAN);
  const last = Math.min(lanes.length, Math.ceil((scrollTop + viewportPx) / laneH) + OVERSCAN);
  const visible = lanes.slice(first, last);
  const selected = lanes.find((l) => l.key === selectedKey) ?? null;
  const busyNow = lanes.filter((l) => l.segments.at(-1)?.open && l.segments.at(-1)?.kind === 'busy').length;

  function onMove(e: MouseEvent<SVGSVGElement>, lane: Lane) {
    const box = e.currentTarget.getBoundingClientRect();
    const t = fromMs + ((e.clientX - box.left) / box.width) * (toMs - fromMs);
    setHover({ lane, seg: segmentAt(lane, t), x: e.clientX, y: e.clientY });
  }

  const ticks = useMemo(() => {
    const range = toMs - fromMs;
    const steps = [1000, 2000, 5000, 10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000];
    const step = steps.find((s) => range / s <= 8) ?? 3_600_000;
    const out: number[] = [];
    for (let t = Math.ceil(fromMs / step) * step; t <= toMs; t += step) out.push(t);
    return out;
  }, [fromMs, toMs]);

  return (
    <div className="obs-panel timeline" data-testid="env-timeline">
      <div className="obs-toolbar">
        <label>
          <span>Function</span>
          <select
            value={scope}
            onChange={(e) => {
              setPicked(e.target.value);
              setSelectedKey(null);
            }}
            data-testid="timeline-function"
          >
            {functions.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
            <option value={ALL}>All functions (compact)</option>
          </select>
        </label>
        <label>
          <span>Window</span>
          <select
            value={windowId}
            onChange={(e) => setWindowId(e.target.value)}
            data-testid="timeline-window"
          >
            {WINDOWS.map((w) => (
              <option key={w.id} value={w.id}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small" data-testid="timeline-count">
          {lanes.length} environment{lanes.length === 1 ? '' : 's'} · {busyNow} busy{' '}
          {atMs !== null ? `at ${formatClock(atMs)} (history)` : ended ? 'when the run ended' : 'now'}
        </span>
        <ul className="obs-legend" aria-label="Legend">
          <li>
            <i style={{ background: SEGMENT_COLORS.platform }} />
            platform init
          </li>
          <li>
            <i style={{ background: SEGMENT_COLORS.init }} />
            module init
          </li>
          <li>
            <i style={{ background: SEGMENT_COLORS.ok }} />
            invoke ok
          </li>
          <li>
            <i style={{ background: SEGMENT_COLORS.error }} />
            error
          </li>
          <li>
            <i style={{ background: SEGMENT_COLORS.timeout }} />
            timeout
          </li>
          <li>
            <i className="legend-idle" />
            idle (frozen)
          </li>
          <li>
            <i style={{ background: OKABE_ITO.green }} />
            provisioned
          </li>
          <li>
            <i className="legend-reset" />
            reset
          </li>
          <li>
            <i className="legend-end" />
            reaped / recycled
          </li>
        </ul>
      </div>
      <div className="timeline-body" ref={bodyRef}>
        {olderThanKept ? (
          <p className="empty" data-testid="timeline-too-old">
            The timeline keeps the newest {ENV_EVENT_CAP.toLocaleString('en-US')} lifecycle events, which start at{' '}
            {formatSeconds(events[0].tMs)}: pick a later moment in the history, or press Live.
          </p>
        ) : lanes.length === 0 ? (
          <p className="empty">
            Press Run: every execution environment gets a lane here, from its cold start to its end.
          </p>
        ) : (
          <>
            <svg className="timeline-axis" width={trackPx + LABEL_PX} height={18} aria-hidden="true">
              {ticks.map((t) => {
                const x = LABEL_PX + ((t - fromMs) / (toMs - fromMs)) * trackPx;
                return (
                  <g key={t}>
                    <line x1={x} x2={x} y1={12} y2={18} stroke="var(--border-strong)" />
                    <text x={x} y={10} textAnchor={x > LABEL_PX + trackPx - 16 ? 'end' : 'middle'}>
                      {t / 1000}s
                    </text>
                  </g>
                );
              })}
            </svg>
            <div
              className="timeline-scroll"
              onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
              onMouseLeave={() => setHover(null)}
              data-testid="timeline-lanes"
            >
              <div style={{ height: lanes.length * laneH, position: 'relative' }}>
                {visible.map((lane, i) => (
                  <LaneRow
                    key={lane.key}
                    lane={lane}
                    top={(first + i) * laneH}
                    height={laneH}
                    compact={compact}
                    name={names.get(lane.functionId) ?? lane.functionId}
                    fromMs={fromMs}
                    toMs={toMs}
                    trackPx={trackPx}
                    selected={lane.key === selectedKey}
                    onSelect={() => setSelectedKey(lane.key === selectedKey ? null : lane.key)}
                    onMove={onMove}
                  />
                ))}
              </div>
            </div>
          </>
        )}
        {hover && (
          <div
            className="obs-tooltip"
            role="tooltip"
            style={{ left: hover.x + 12, top: hover.y + 12 }}
            data-testid="timeline-tooltip"
          >
            <strong>
              {names.get(hover.lane.functionId) ?? hover.lane.functionId} · environment #{hover.lane.envId}
              {hover.lane.provisioned ? ' (provisioned)' : ''}
            </strong>
            <span>
              {hover.seg
                ? segmentText(hover.seg)
                : hover.lane.endedMs !== null
                  ? `ended at ${formatSeconds(hover.lane.endedMs)}`
                  : 'not created yet'}
            </span>
            {hover.lane.markers.map((m) => (
              <span key={`${m.kind}${m.tMs}`} className="muted">
                {m.kind} at {formatSeconds(m.tMs)}
                {m.status ? ` (${m.status})` : ''}
              </span>
            ))}
          </div>
        )}
      </div>
      {selected && (
        <EnvLogStream
          functionId={selected.functionId}
          envId={selected.envId}
          title={`${names.get(selected.functionId) ?? selected.functionId} · environment #${selected.envId}`}
          onClose={() => setSelectedKey(null)}
        />
      )}
    </div>
  );
}

interface RowProps {
  lane: Lane;
  top: number;
  height: number;
  compact: boolean;
  name: string;
  fromMs: number;
  toMs: number;
  trackPx: number;
  selected: boolean;
  onSelect(): void;
  onMove(e: MouseEvent<SVGSVGElement>, lane: Lane): void;
}

function LaneRow({
  lane,
  top,
  height,
  compact,
  name,
  fromMs,
  toMs,
  trackPx,
  selected,
  onSelect,
  onMove,
}: RowProps) {
  const rects = laneRects(lane, fromMs, toMs, trackPx);
  const scale = trackPx / Math.max(1, toMs - fromMs);
  const xOf = (t: number) => Math.min(trackPx, Math.max(0, (t - fromMs) * scale));
  const liveFrom = xOf(lane.startMs);
  const liveTo = xOf(lane.endedMs ?? toMs);
  const barY = compact ? 2 : 4;
  const barH = height - barY * 2;
  // The button's accessible name starts with this visible label (what a voice-control user says).
  const label = compact
    ? `${name} #${lane.envId}`
    : `#${lane.envId}${lane.provisioned ? ' PC' : ''} · ${lane.invocations} inv`;
  return (
    <div
      className={`lane${selected ? ' is-selected' : ''}${compact ? ' is-compact' : ''}`}
      style={{ top, height }}
    >
      <button
        type="button"
        className="lane-label"
        style={{ width: LABEL_PX }}
        onClick={onSelect}
        aria-pressed={selected}
        aria-label={`${label}: ${name} environment ${lane.envId}${lane.provisioned ? ', provisioned' : ''}, ${lane.invocations} invocations${lane.endedMs !== null ? ', ended' : ''}: show its log stream`}
        data-testid="timeline-lane"
      >
        {lane.provisioned && <i className="pc-mark" style={{ background: OKABE_ITO.green }} />}
        {label}
      </button>
      <svg
        width={trackPx}
        height={height}
        onMouseMove={(e) => onMove(e, lane)}
        onClick={onSelect}
        className="lane-track"
        aria-hidden="true"
      >
        {liveTo > liveFrom && (
          <rect className="lane-idle" x={liveFrom} y={barY} width={liveTo - liveFrom} height={barH} />
        )}
        {rects.map((r, i) => (
          <rect
            key={i}
            x={r.x}
            y={barY}
            width={r.w}
            height={barH}
            fill={SEGMENT_COLORS[r.kind === 'busy' ? (r.status ?? 'ok') : r.kind] ?? SEGMENT_COLORS.error}
          />
        ))}
        {lane.provisioned && (
          <rect
            x={liveFrom}
            y={0}
            width={Math.max(0, liveTo - liveFrom)}
            height={1.5}
            fill={OKABE_ITO.green}
          />
        )}
        {lane.markers.map((m) =>
          m.tMs < fromMs || m.tMs > toMs ? null : m.kind === 'reset' ? (
            <line
              key={`r${m.tMs}`}
              x1={xOf(m.tMs)}
              x2={xOf(m.tMs)}
              y1={0}
              y2={height}
              stroke={OKABE_ITO.vermillion}
              strokeWidth={2}
              strokeDasharray="2 2"
            />
          ) : (
            <g key={`e${m.tMs}`}>
              <line
                x1={xOf(m.tMs)}
                x2={xOf(m.tMs)}
                y1={barY - 1}
                y2={barY + barH + 1}
                stroke="var(--text)"
                strokeWidth={2}
              />
            </g>
          ),
        )}
      </svg>
    </div>
  );
}
