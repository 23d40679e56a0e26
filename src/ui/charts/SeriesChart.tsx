import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from './toChartPoints';

export interface SeriesSpec {
  key: keyof ChartPoint;
  name: string;
  color: string;
}

interface Props {
  title: string;
  points: ChartPoint[];
  series: SeriesSpec[];
  testId: string;
}

// These charts redraw about ten times a second during a run. Recharts 3 keeps chart settings in a
// store and re-derives them when a prop changes identity, so every prop that does not change is
// created once here, not per render.
const MARGIN = { top: 6, right: 12, bottom: 0, left: -18 };
const X_DOMAIN = ['dataMin', 'dataMax'];
const formatSecond = (t: number) => `${t}s`;
const tooltipLabel = (t: unknown) => `second ${String(t)}`;
const TOOLTIP_STYLE = { background: 'var(--panel)', border: '1px solid var(--border)', fontSize: 12 };

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
  payload: { value: unknown };
}

// Axis labels as plain SVG text. Recharts' own label component measures each new string in the
// DOM (a forced layout of the whole page, several per redraw as the time axis moves), and
// `interval={0}` below skips the measuring its overlap check does: the tick counts are small.
function tickRenderer(format: (value: number) => string) {
  return function Tick({ x, y, textAnchor, verticalAnchor, payload }: TickProps) {
    const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.32em' : undefined;
    return (
      <text
        x={x}
        y={y}
        dy={dy}
        textAnchor={textAnchor}
        fontSize={11}
        fill="var(--muted)"
        className="recharts-cartesian-axis-tick-value"
      >
        {format(Number(payload.value))}
      </text>
    );
  };
}
const X_TICK = tickRenderer(formatSecond);
const Y_TICK = tickRenderer((value) => value.toLocaleString('en-US'));

interface LineShapeProps {
  points?: readonly { x?: number | null; y?: number | null }[];
  stroke?: string;
  strokeWidth?: number | string;
  clipPath?: string;
}

// The line as one plain path, drawn from the points Recharts computed. Recharts' default line
// shape hands it a ref that Recharts then measures (getTotalLength, for its entry animation) on
// every redraw, even with animation off: a forced layout per line, per redraw.
function LinePath({ points = [], stroke, strokeWidth, clipPath }: LineShapeProps) {
  let d = '';
  for (const p of points) {
    if (p.x == null || p.y == null) continue;
    d += `${d ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  }
  return (
    <path
      className="recharts-curve recharts-line-curve"
      d={d}
      fill="none"
      stroke={stroke}
      strokeWidth={strokeWidth}
      clipPath={clipPath}
    />
  );
}

// Bumped once per new `points` array: `data-rev` lets a benchmark (bench/uiResponsiveness.ts) count
// the frames in which a chart really drew new data.
let revisions = 0;

const SeriesChart = memo(function SeriesChart({ title, points, series, testId }: Props) {
  const rev = useMemo(() => ++revisions, [points]);
  // The chart's parts do not depend on the points: the same elements every redraw let React skip
  // them, and only the parts whose Recharts-derived state changed (axes, lines) draw again.
  const parts = useMemo(
    () => (
      <>
        <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          domain={X_DOMAIN}
          tick={X_TICK}
          interval={0}
          stroke="var(--border)"
          allowDecimals={false}
        />
        <YAxis allowDecimals={false} tick={Y_TICK} interval={0} stroke="var(--border)" width={48} />
        <Tooltip labelFormatter={tooltipLabel} contentStyle={TOOLTIP_STYLE} isAnimationActive={false} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={1.75}
            dot={false}
            type="linear"
            shape={LinePath}
            isAnimationActive={false}
          />
        ))}
      </>
    ),
    [series],
  );
  return (
    <figure className="chart" data-testid={testId} data-rev={rev}>
      <figcaption>{title}</figcaption>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
          <LineChart data={points} margin={MARGIN}>
            {parts}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <SeriesLegend series={series} />
    </figure>
  );
});

/** The series' names in their colours. Plain HTML: Recharts' legend measures itself on every redraw. */
const SeriesLegend = memo(function SeriesLegend({ series }: { series: SeriesSpec[] }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="chart-legend-line" style={{ background: s.color }} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
});

export default SeriesChart;
