// Where an edge's dots go, as keyframes of `transform: translate()` only. Chromium runs transform
// and opacity animations on the compositor thread; a CSS motion path (offset-distance) on SVG
// made the main thread restyle, lay out and repaint the canvas every frame instead.

export interface DotTrack {
  /** Points at equal distances along the path, first at its start, last at its end. */
  points: [x: number, y: number][];
  /** The path's bounding box (of the points), in flow coordinates. */
  box: { x: number; y: number; width: number; height: number };
}

/** About one keyframe per this many pixels of edge: straight enough between them to not show. */
const STEP_PX = 6;
const MIN_POINTS = 12;
const MAX_POINTS = 96;
/** Straight pieces a curve is measured with (a canvas edge bends gently). */
const PIECES_PER_CURVE = 48;

type Point = [number, number];

/**
 * A polyline through the path, for the absolute M, L, Q and C commands that xyflow's edge paths
 * (bezier, straight, smooth step) are made of; null for anything else or an empty path.
 */
function polyline(path: string): Point[] | null {
  const tokens = path.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g);
  if (!tokens) return null;
  const out: Point[] = [];
  let i = 0;
  const num = () => {
    const n = Number(tokens[i++]);
    if (!Number.isFinite(n)) throw new Error('not a number');
    return n;
  };
  const hasNumbers = () => i < tokens.length && !/[A-Za-z]/.test(tokens[i]);
  try {
    while (i < tokens.length) {
      const cmd = tokens[i++];
      do {
        const from = out[out.length - 1];
        if (cmd === 'M' || cmd === 'L') out.push([num(), num()]);
        else if ((cmd === 'Q' || cmd === 'C') && from) {
          const c =
            cmd === 'Q'
              ? [[num(), num()]]
              : [
                  [num(), num()],
                  [num(), num()],
                ];
          const to: Point = [num(), num()];
          const ctrl = [from, ...c, to];
          for (let k = 1; k <= PIECES_PER_CURVE; k++)
            out.push(bezierAt(ctrl as Point[], k / PIECES_PER_CURVE));
        } else return null;
      } while (hasNumbers());
    }
  } catch {
    return null;
  }
  return out.length > 0 ? out : null;
}

/** De Casteljau: the point at t of a bezier with any number of control points. */
function bezierAt(ctrl: Point[], t: number): Point {
  let pts = ctrl;
  while (pts.length > 1) {
    const next: Point[] = [];
    for (let k = 0; k + 1 < pts.length; k++)
      next.push([pts[k][0] + (pts[k + 1][0] - pts[k][0]) * t, pts[k][1] + (pts[k + 1][1] - pts[k][1]) * t]);
    pts = next;
  }
  return pts[0];
}

/** Samples an SVG path (see polyline) at equal distances along it; null if it cannot be read. */
export function dotTrack(path: string): DotTrack | null {
  const line = polyline(path);
  if (!line) return null;
  if (line.length === 1) line.push(line[0]);
  const lengths = [0];
  for (let k = 1; k < line.length; k++)
    lengths.push(lengths[k - 1] + Math.hypot(line[k][0] - line[k - 1][0], line[k][1] - line[k - 1][1]));
  const total = lengths[lengths.length - 1];
  const count = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.ceil(total / STEP_PX) + 1));
  const points: Point[] = [];
  let seg = 1;
  for (let n = 0; n < count; n++) {
    const at = (total * n) / (count - 1);
    while (seg < line.length - 1 && lengths[seg] < at) seg++;
    const span = lengths[seg] - lengths[seg - 1];
    const f = span > 0 ? (at - lengths[seg - 1]) / span : 1;
    const a = line[Math.max(0, seg - 1)];
    const b = line[Math.min(seg, line.length - 1)];
    points.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]);
  }
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { points, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/**
 * Keyframes that move a dot along the track, relative to the track's box. A dot of a sparse edge
 * (gap > 1) crosses in the first 1/gap of its cycle, then waits at the end out of sight.
 */
export function dotKeyframes(track: DotTrack, gap: number): Keyframe[] {
  const { points, box } = track;
  const last = points.length - 1;
  const at = (p: Point) => `translate(${px(p[0] - box.x)}, ${px(p[1] - box.y)})`;
  const crossing = 1 / gap;
  const frames: Keyframe[] = points.map((p, n) => ({
    offset: (n / last) * crossing,
    transform: at(p),
    ...(gap > 1 ? { opacity: 1 } : {}),
  }));
  if (gap > 1) {
    const end = at(points[last]);
    frames.push(
      { offset: crossing + 0.001, transform: end, opacity: 0 },
      { offset: 1, transform: end, opacity: 0 },
    );
  }
  return frames;
}
