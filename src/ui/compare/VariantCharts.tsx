import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VariantRun } from '../../state/compareStore';
import { maxOf, overlayPoints, type OverlayPoint, type SecondMetric } from './overlayPoints';
import { variantColor, variantDash } from './seriesColors';

const METRICS: { metric: SecondMetric; title: string }[] = [
  { metric: 'ConcurrentExecutions', title: 'Concurrency (max per second)' },
  { metric: 'Invocations', title: 'Invocations per second' },
  { metric: 'Throttles', title: 'Throttles per second' },
];

const AXIS = { fontSize: 11, fill: 'var(--muted)' };

function Chart({ points, lines, yMax, testId, height }: { points: OverlayPoint[]; lines: { key: string; name: string; index: number }[]; yMax: number; testId: string; height: number }) {
  return (
    <div style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
        <LineChart data={points} margin={{ top: 6, right: 12, bottom: 0, left: -18 }}>
          <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => `${t}s`} tick={AXIS} stroke="var(--border)" allowDecimals={false} />
          <YAxis allowDecimals={false} domain={[0, Math.max(1, yMax)]} tick={AXIS} stroke="var(--border)" width={48} />
          <Tooltip
            labelFormatter={(t) => `second ${String(t)}`}
            contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', fontSize: 12, color: 'var(--text)' }}
            isAnimationActive={false}
          />
          {lines.length > 1 && <Legend iconType="plainline" wrapperStyle={{ fontSize: 11 }} />}
          {lines.map((l) => (
            <Line
              key={l.key}
              dataKey={l.key}
              name={l.name}
              stroke={variantColor(l.index)}
              strokeDasharray={variantDash(l.index)}
              strokeWidth={1.75}
              dot={false}
              type="linear"
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Per-second concurrency, invocations and throttles: one line per variant, or one chart each. */
export const VariantCharts = memo(function VariantCharts({ runs, functionId, mode }: { runs: VariantRun[]; functionId: string; mode: 'overlay' | 'side' }) {
  const series = useMemo(() => runs.map((r) => r.samples), [runs]);
  const lines = runs.map((r, index) => ({ key: `v${index}`, name: r.variant.label, index }));
  return (
    <div className={`cmp-charts is-${mode}`}>
      {METRICS.map(({ metric, title }) => {
        const points = overlayPoints(series, functionId, metric);
        const yMax = maxOf(points, lines.map((l) => l.key));
        return (
          <figure className="chart cmp-chart" key={metric} data-testid={`cmp-chart-${metric}`}>
            <figcaption>
              {title}
              {mode === 'side' && <span className="muted"> · same scale</span>}
            </figcaption>
            {mode === 'overlay' ? (
              <Chart points={points} lines={lines} yMax={yMax} testId={`cmp-chart-${metric}-overlay`} height={170} />
            ) : (
              <div className="cmp-side" style={{ gridTemplateColumns: `repeat(${Math.min(lines.length, 4)}, minmax(0, 1fr))` }}>
                {lines.map((l) => (
                  <div key={l.key} className="cmp-side-cell">
                    <div className="cmp-side-title" style={{ color: variantColor(l.index) }}>
                      {l.name}
                    </div>
                    <Chart points={points} lines={[l]} yMax={yMax} testId={`cmp-chart-${metric}-${l.name}`} height={130} />
                  </div>
                ))}
              </div>
            )}
          </figure>
        );
      })}
    </div>
  );
});
