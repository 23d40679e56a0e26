import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
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

// Bumped once per new `points` array: `data-rev` lets a benchmark (bench/uiResponsiveness.ts) count
// the frames in which a chart really drew new data.
let revisions = 0;

const SeriesChart = memo(function SeriesChart({ title, points, series, testId }: Props) {
  const rev = useMemo(() => ++revisions, [points]);
  return (
    <figure className="chart" data-testid={testId} data-rev={rev}>
      <figcaption>{title}</figcaption>
      <div className="chart-body">
        <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
          <LineChart data={points} margin={{ top: 6, right: 12, bottom: 0, left: -18 }}>
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
              allowDecimals={false}
              tick={{ fontSize: 11, fill: 'var(--muted)' }}
              stroke="var(--border)"
              width={48}
            />
            <Tooltip
              labelFormatter={(t) => `second ${String(t)}`}
              contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', fontSize: 12 }}
              isAnimationActive={false}
            />
            <Legend iconType="plainline" wrapperStyle={{ fontSize: 11 }} />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.name}
                stroke={s.color}
                strokeWidth={1.75}
                dot={false}
                type="linear"
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});

export default SeriesChart;
