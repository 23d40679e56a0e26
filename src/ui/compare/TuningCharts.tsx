import { memo } from 'react';
import { CartesianGrid, Legend, ReferenceDot, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TuningPoint, TuningResult } from '../../engine/analysis/powerTuning';
import { formatUSD } from '../../state/compareRows';
import { OKABE_ITO } from '../panels/palette';
import { marksByMemory } from './tuningPoints';

const AXIS = { fontSize: 11, fill: 'var(--muted)' };
const TOOLTIP = { background: 'var(--panel)', border: '1px solid var(--border)', fontSize: 12, color: 'var(--text)' };

function memoryAxis(points: TuningPoint[]) {
  const sizes = points.map((p) => p.memoryMB);
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  return (
    <XAxis
      dataKey="memoryMB"
      type="number"
      scale="log"
      domain={[lo / 1.25, hi * 1.25]}
      ticks={sizes}
      tickFormatter={(m: number) => `${m}`}
      tick={AXIS}
      interval={0}
      stroke="var(--border)"
      name="Memory"
      label={{ value: 'memory (MB, log scale)', position: 'insideBottom', offset: -2, fontSize: 11, fill: 'var(--muted)' }}
    />
  );
}

/**
 * Measured points only: no line joins them, because a line would claim values between sizes
 * that were never measured. Picks are ringed and labelled.
 */
export const TuningCharts = memo(function TuningCharts({ points, result }: { points: TuningPoint[]; result: TuningResult | null }) {
  const marks = marksByMemory(result);
  const costPoints = points.map((p) => ({ memoryMB: p.memoryMB, costPerMillion: p.costPerInvocationUSD * 1e6 }));
  const ring = (memoryMB: number, y: number, key: string) => (
    <ReferenceDot
      key={key}
      x={memoryMB}
      y={y}
      r={9}
      fill="none"
      stroke="var(--text)"
      strokeWidth={1.5}
      ifOverflow="extendDomain"
      label={{ value: marks.get(memoryMB)?.join(' · '), position: 'top', fontSize: 11, fill: 'var(--text)' }}
    />
  );
  return (
    <div className="cmp-tuning-charts">
      <figure className="chart cmp-chart" data-testid="tuning-chart-duration">
        <figcaption>Duration by memory size (ms) — measured points</figcaption>
        <div style={{ height: 230 }}>
          <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
            <ScatterChart margin={{ top: 22, right: 24, bottom: 14, left: 4 }}>
              <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
              {memoryAxis(points)}
              <YAxis dataKey="y" type="number" tick={AXIS} stroke="var(--border)" width={52} name="Duration" />
              <Tooltip contentStyle={TOOLTIP} isAnimationActive={false} formatter={(v, name) => (name === 'Memory' ? `${String(v)} MB` : `${Number(v).toFixed(1)} ms`)} />
              <Legend wrapperStyle={{ fontSize: 11 }} verticalAlign="top" align="right" iconSize={9} />
              <Scatter name="p50" data={points.map((p) => ({ memoryMB: p.memoryMB, y: p.p50Ms }))} fill={OKABE_ITO.blue} shape="circle" isAnimationActive={false} />
              <Scatter name="p90" data={points.map((p) => ({ memoryMB: p.memoryMB, y: p.p90Ms }))} fill={OKABE_ITO.orange} shape="triangle" isAnimationActive={false} />
              {[...marks.keys()].map((m) => {
                const p = points.find((x) => x.memoryMB === m);
                return p ? ring(m, p.p50Ms, `d${m}`) : null;
              })}
            </ScatterChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="chart cmp-chart" data-testid="tuning-chart-cost">
        <figcaption>Cost per invocation (USD per 1M invocations) — measured points</figcaption>
        <div style={{ height: 230 }}>
          <ResponsiveContainer width="100%" height="100%" minWidth={100} minHeight={80}>
            <ScatterChart margin={{ top: 22, right: 24, bottom: 14, left: 4 }}>
              <CartesianGrid stroke="var(--grid)" strokeDasharray="3 3" />
              {memoryAxis(points)}
              <YAxis dataKey="costPerMillion" type="number" tick={AXIS} stroke="var(--border)" width={56} tickFormatter={(v: number) => formatUSD(v)} name="Cost per 1M" />
              <Tooltip contentStyle={TOOLTIP} isAnimationActive={false} formatter={(v, name) => (name === 'Memory' ? `${String(v)} MB` : formatUSD(Number(v)))} />
              <Legend wrapperStyle={{ fontSize: 11 }} verticalAlign="top" align="right" iconSize={9} />
              <Scatter name="cost per 1M invocations" data={costPoints} fill={OKABE_ITO.green} shape="diamond" isAnimationActive={false} />
              {[...marks.keys()].map((m) => {
                const p = costPoints.find((x) => x.memoryMB === m);
                return p ? ring(m, p.costPerMillion, `c${m}`) : null;
              })}
            </ScatterChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
});
