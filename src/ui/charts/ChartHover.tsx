// What a live chart shows at the hovered second: a cursor line, a dot on each series and a box
// with the exact values. Mounted only while someone hovers (or steps with the arrow keys).
import type { ChartPoint } from './toChartPoints';
import type { SeriesSpec } from './SeriesChart';
import { formatCount } from '../common/formatCount';

/** Index of the point whose second is nearest to t (points sorted by t), or -1 when empty. */
export function nearestIndex(points: readonly ChartPoint[], t: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid].t <= t) lo = mid;
    else hi = mid;
  }
  return Math.abs(points[hi].t - t) < Math.abs(points[lo].t - t) ? hi : lo;
}

interface MarksProps {
  point: ChartPoint;
  series: SeriesSpec[];
  x: (t: number) => number;
  y: (v: number) => number;
  top: number;
  bottom: number;
}

export function HoverMarks({ point, series, x, y, top, bottom }: MarksProps) {
  const cx = x(point.t);
  return (
    <g className="chart-hover" pointerEvents="none">
      <line x1={cx} x2={cx} y1={top} y2={bottom} stroke="var(--muted)" strokeOpacity={0.6} />
      {series.map((s) => (
        <circle key={s.key} cx={cx} cy={y(point[s.key])} r={3} fill={s.color} stroke="var(--panel)" strokeWidth={1.5} />
      ))}
    </g>
  );
}

interface BoxProps {
  point: ChartPoint;
  series: SeriesSpec[];
  /** The hovered second's x in px; the box sits beside it, on the side with room. */
  atX: number;
  width: number;
}

const BOX_OFFSET_PX = 12;

export function HoverBox({ point, series, atX, width }: BoxProps) {
  const onLeft = atX > width / 2;
  const style = onLeft ? { right: width - atX + BOX_OFFSET_PX } : { left: atX + BOX_OFFSET_PX };
  return (
    <div className="chart-tooltip" style={style} role="status" data-testid="chart-tooltip">
      <div className="chart-tooltip-label">second {point.t}</div>
      {series.map((s) => (
        <div key={s.key} style={{ color: s.color }}>
          {s.name} : {formatCount(point[s.key])}
        </div>
      ))}
    </div>
  );
}
