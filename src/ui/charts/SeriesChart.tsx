import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { linear, timeTicks, valueTicks } from './chartScale';
import { ChartAxes } from './ChartAxes';
import { HoverBox, HoverMarks, nearestIndex } from './ChartHover';
import type { ChartPoint } from './toChartPoints';
import { useElementSize } from '../common/useElementSize';
import './charts.css';
import { formatCount } from '../common/formatCount';

export interface SeriesSpec {
  key: keyof ChartPoint;
  name: string;
  color: string;
}

/** The unfinished second as the engine reports it right now (e.g. environments busy this moment). */
export interface LivePoint {
  /** Simulated seconds (fractional): later than the last finished second. */
  t: number;
  /** Only the series the engine reports live; the others end at the last finished second. */
  values: Partial<Record<keyof ChartPoint, number>>;
}

interface Props {
  title: string;
  points: ChartPoint[];
  series: SeriesSpec[];
  testId: string;
  live?: LivePoint | null;
}

// The live metrics charts redraw on every run update (about ten a second at 1,000 requests/s), so
// they are plain SVG drawn here: a redraw is a few path strings and a handful of tick labels.
// (Recharts re-derived its whole chart state through dozens of selectors and re-rendered
// hundreds of components per redraw: the main thread's biggest cost during a live run.)
const PAD = { left: 40, right: 12, top: 6, bottom: 18 };
/** Room per time label, so labels never overlap. */
const PX_PER_TIME_TICK = 64;

/** The series as one SVG path: straight segments through every point. */
function linePath(points: ChartPoint[], key: keyof ChartPoint, x: (v: number) => number, y: (v: number) => number) {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${x(points[i].t).toFixed(1)},${y(points[i][key]).toFixed(1)}`;
  }
  return d;
}

// Bumped once per new `points` array: `data-rev` lets a benchmark (bench/uiResponsiveness.ts) count
// the frames in which a chart really drew new data.
let revisions = 0;

const SeriesChart = memo(function SeriesChart({ title, points, series, testId, live: liveIn = null }: Props) {
  const last = points.at(-1);
  const live = liveIn && last && liveIn.t > last.t ? liveIn : null;
  // A live value is new data too: every run update moves it, also between finished seconds.
  const rev = useMemo(() => ++revisions, [points, live]);
  const { ref, width, height } = useElementSize<HTMLDivElement>();
  /** Pointer (or keyboard) position over the plot, px from the chart's left edge; null = not hovering. */
  const [hoverX, setHoverX] = useState<number | null>(null);

  const left = PAD.left;
  const right = Math.max(left + 1, width - PAD.right);
  const top = PAD.top;
  const bottom = Math.max(top + 1, height - PAD.bottom);
  const tFrom = points[0]?.t ?? 0;
  const tTo = live?.t ?? last?.t ?? 0;
  let max = 0;
  for (const p of points) for (const s of series) if (p[s.key] > max) max = p[s.key];
  for (const s of series) max = Math.max(max, live?.values[s.key] ?? 0);
  const yTicks = valueTicks(max);
  const xTicks = timeTicks(tFrom, tTo, Math.floor((right - left) / PX_PER_TIME_TICK));
  const x = linear(tFrom, tTo, left, right);
  const y = linear(0, yTicks[yTicks.length - 1], bottom, top);

  const hovered = hoverX === null ? -1 : nearestIndex(points, linear(left, right, tFrom, tTo)(hoverX));
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) =>
    setHoverX(e.clientX - e.currentTarget.getBoundingClientRect().left);
  // Arrow keys step through the seconds, as a pointer would.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const from = hovered < 0 ? points.length - 1 : hovered + (e.key === 'ArrowLeft' ? -1 : 1);
    const i = Math.min(points.length - 1, Math.max(0, from));
    if (points[i]) setHoverX(x(points[i].t));
  };

  return (
    <figure className="chart" data-testid={testId} data-rev={rev}>
      <figcaption>{title}</figcaption>
      <div
        className="chart-body"
        ref={ref}
        tabIndex={0}
        aria-label={`${title}: hover or use the arrow keys for exact values`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHoverX(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setHoverX(null)}
      >
        {width > 0 && height > 0 && (
          <svg className="series-chart" width={width} height={height} role="img" aria-label={title}>
            <ChartAxes
              yTicks={yTicks.join(',')}
              xTicks={xTicks.join(',')}
              left={left}
              right={right}
              top={top}
              bottom={bottom}
              xFrom={tFrom}
              xTo={tTo}
            />
            {series.map((s) => (
              <path
                key={s.key}
                className="chart-line"
                d={linePath(points, s.key, x, y)}
                fill="none"
                stroke={s.color}
                strokeWidth={1.75}
                strokeLinejoin="round"
              />
            ))}
            {live && last && <LiveMarks live={live} last={last} series={series} x={x} y={y} />}
            {hovered >= 0 && (
              <HoverMarks point={points[hovered]} series={series} x={x} y={y} top={top} bottom={bottom} />
            )}
          </svg>
        )}
        {hovered >= 0 && (
          <HoverBox point={points[hovered]} series={series} atX={x(points[hovered].t)} width={width} />
        )}
      </div>
      <SeriesLegend series={series} live={live !== null} />
    </figure>
  );
});

interface LiveMarksProps {
  live: LivePoint;
  last: ChartPoint;
  series: SeriesSpec[];
  x: (t: number) => number;
  y: (v: number) => number;
}

/** A dotted segment from the last finished second to the value right now, ending in a dot. */
function LiveMarks({ live, last, series, x, y }: LiveMarksProps) {
  return (
    <g className="chart-live" pointerEvents="none">
      {series.map((s) => {
        const value = live.values[s.key];
        if (value === undefined) return null;
        return (
          <g key={s.key}>
            <path
              d={`M${x(last.t).toFixed(1)},${y(last[s.key]).toFixed(1)}L${x(live.t).toFixed(1)},${y(value).toFixed(1)}`}
              fill="none"
              stroke={s.color}
              strokeWidth={1.5}
              strokeDasharray="2 3"
            />
            <circle cx={x(live.t)} cy={y(value)} r={2.5} fill={s.color}>
              <title>{`${s.name} now: ${formatCount(value)}`}</title>
            </circle>
          </g>
        );
      })}
    </g>
  );
}

/** The series' names in their colours (and what the dotted end means, while there is one). */
const SeriesLegend = memo(function SeriesLegend({ series, live }: { series: SeriesSpec[]; live: boolean }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="chart-legend-line" style={{ background: s.color }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
      {live && <li className="muted">┄ now (this second so far)</li>}
    </ul>
  );
});

export default SeriesChart;
