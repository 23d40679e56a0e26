import { memo } from 'react';
import { linear } from './chartScale';
import { formatCount } from '../common/formatCount';

interface Props {
  /** Tick values joined by commas: strings, so an unchanged axis is skipped by memo. */
  yTicks: string;
  xTicks: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The time axis' domain (seconds). */
  xFrom: number;
  xTo: number;
}

const LABEL = { fontSize: 11, fill: 'var(--muted)' } as const;

/** Grid lines, axis lines and tick labels; the value axis always starts at 0. */
export const ChartAxes = memo(function ChartAxes({ yTicks, xTicks, left, right, top, bottom, xFrom, xTo }: Props) {
  const ys = yTicks.split(',').map(Number);
  const xs = xTicks === '' ? [] : xTicks.split(',').map(Number);
  const y = linear(0, ys[ys.length - 1], bottom, top);
  const x = linear(xFrom, xTo, left, right);
  return (
    <g className="chart-axes">
      {ys.map((v) => (
        <g key={v}>
          {v > 0 && (
            <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke="var(--grid)" strokeDasharray="3 3" />
          )}
          <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end" {...LABEL}>
            {formatCount(v)}
          </text>
        </g>
      ))}
      {xs.map((t) => (
        <text key={t} x={x(t)} y={bottom + 4} dy="0.71em" textAnchor="middle" {...LABEL}>
          {`${t}s`}
        </text>
      ))}
      <line x1={left} x2={left} y1={top} y2={bottom} stroke="var(--border)" />
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="var(--border)" />
    </g>
  );
});
