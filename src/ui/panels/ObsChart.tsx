import { memo, useRef } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { downloadSvgAsPng, downloadText, slug } from './chartExport';
import { toCsv, type Row } from './seriesPoints';

export interface ObsSeries {
  key: string;
  name: string;
  color: string;
  dash?: string;
  /** Sparse values (seconds without one are gaps): mark each point, or a lone value draws nothing. */
  dots?: boolean;
}

export interface RefLine {
  y: number;
  label: string;
  color: string;
}

interface Props {
  title: string;
  rows: Row[];
  series: ObsSeries[];
  testId: string;
  /** Stacked areas (parts of a whole) instead of lines. */
  stacked?: boolean;
  refLines?: RefLine[];
  note?: string;
  /** Fractional values (e.g. dollars): decimal ticks written by this function. */
  yTick?: (value: number) => string;
}

const ObsChart = memo(function ObsChart({
  title,
  rows,
  series,
  testId,
  stacked,
  refLines = [],
  note,
  yTick,
}: Props) {
  const figure = useRef<HTMLElement>(null);
  const columns = [{ key: 't', name: 'second' }, ...series.map((s) => ({ key: s.key, name: s.name }))];
  const exportPng = () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    if (svg) void downloadSvgAsPng(`${slug(title)}.png`, svg, title, series);
  };
  const exportCsv = () => downloadText(`${slug(title)}.csv`, toCsv(rows, columns));
  const common = {
    data: rows,
    margin: { top: 8, right: 14, bottom: 0, left: -14 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        domain={['dataMin', 'dataMax']}
        tickFormatter={(t: number) => `${t}s`}
        tick={{ fontSize: 11, fill: 'var(--muted)' }}
        stroke="var(--border)"
        allowDecimals={false}
      />
      <YAxis
        allowDecimals={yTick !== undefined}
        tickFormatter={yTick}
        tick={{ fontSize: 11, fill: 'var(--muted)' }}
        stroke="var(--border)"
        width={yTick ? 70 : 48}
      />
      <Tooltip
        labelFormatter={(t) => `second ${String(t)}`}
        contentStyle={{
          background: 'var(--panel)',
          border: '1px solid var(--border)',
          fontSize: 12,
          color: 'var(--text)',
        }}
        isAnimationActive={false}
      />
      <Legend iconType="plainline" wrapperStyle={{ fontSize: 11 }} />
      {refLines.map((r) => (
        <ReferenceLine
          key={r.label}
          y={r.y}
          stroke={r.color}
          strokeDasharray="5 3"
          ifOverflow="extendDomain"
          label={{ value: r.label, position: 'insideTopRight', fontSize: 10, fill: 'var(--muted)' }}
        />
      ))}
    </>
  );
  return (
    <figure className="obs-chart" ref={figure} data-testid={testId}>
      <figcaption>
        <span>{title}</span>
        <span className="chart-actions">
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={exportPng}
            aria-label={`Export ${title} as PNG`}
            data-testid={`${testId}-png`}
          >
            PNG
          </button>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={exportCsv}
            aria-label={`Export ${title} data as CSV`}
            data-testid={`${testId}-csv`}
          >
            CSV
          </button>
        </span>
      </figcaption>
      {note && <p className="chart-note">{note}</p>}
      <div className="obs-chart-body">
        <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
          {stacked ? (
            <AreaChart {...common}>
              {axes}
              {series.map((s) => (
                <Area
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stackId="1"
                  stroke={s.color}
                  fill={s.color}
                  fillOpacity={0.45}
                  type="stepAfter"
                  isAnimationActive={false}
                />
              ))}
            </AreaChart>
          ) : (
            <LineChart {...common}>
              {axes}
              {series.map((s) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stroke={s.color}
                  strokeDasharray={s.dash}
                  strokeWidth={1.75}
                  dot={s.dots ? { r: 2.5, fill: s.color, strokeWidth: 0 } : false}
                  type="linear"
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
});

export default ObsChart;
