import { getBezierPath, getSmoothStepPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { dotKeyframes, dotTrack } from './dotTrack';

const gaps = (points: [number, number][]) =>
  points.slice(1).map((p, i) => Math.hypot(p[0] - points[i][0], p[1] - points[i][1]));

/** Translate of a keyframe, back in flow coordinates. */
function translateOf(frame: Keyframe, box: { x: number; y: number }): [number, number] {
  const m = /^translate\((-?[\d.]+)px, (-?[\d.]+)px\)$/.exec(String(frame.transform));
  if (!m) throw new Error(`not a translate: ${String(frame.transform)}`);
  return [Number(m[1]) + box.x, Number(m[2]) + box.y];
}

describe('dotTrack', () => {
  it('samples a straight line at equal steps from start to end', () => {
    const track = dotTrack('M10,20 L310,20');
    expect(track).not.toBeNull();
    const { points, box } = track!;
    expect(points[0]).toEqual([10, 20]);
    expect(points[points.length - 1]).toEqual([310, 20]);
    // 300 px at about one point per 6 px.
    expect(points.length).toBe(51);
    for (const d of gaps(points)) expect(d).toBeCloseTo(6, 6);
    expect(box).toEqual({ x: 10, y: 20, width: 300, height: 0 });
  });

  it('follows an xyflow bezier edge at even speed, on the curve', () => {
    const [path] = getBezierPath({
      sourceX: 0,
      sourceY: 0,
      sourcePosition: Position.Right,
      targetX: 400,
      targetY: 200,
      targetPosition: Position.Left,
    });
    const { points, box } = dotTrack(path)!;
    expect(points[0][0]).toBeCloseTo(0, 6);
    expect(points[points.length - 1]).toEqual([400, 200]);
    const steps = gaps(points);
    const mean = steps.reduce((a, b) => a + b, 0) / steps.length;
    for (const d of steps) expect(Math.abs(d - mean) / mean).toBeLessThan(0.01);
    // The S-curve leaves the source horizontally: the early points stay near y = 0, and it passes
    // through the middle (xyflow's own label point for this edge is its centre).
    expect(Math.abs(points[2][1])).toBeLessThan(1);
    const middle = points[Math.round((points.length - 1) / 2)];
    expect(Math.hypot(middle[0] - 200, middle[1] - 100)).toBeLessThan(8);
    expect(box.x).toBeCloseTo(0, 6);
    expect(box.width).toBeCloseTo(400, 6);
    expect(box.height).toBeCloseTo(200, 6);
  });

  it('reads smooth-step paths (lines and quadratic corners) and repeated coordinates', () => {
    const [path] = getSmoothStepPath({
      sourceX: 0,
      sourceY: 0,
      sourcePosition: Position.Right,
      targetX: 200,
      targetY: 100,
      targetPosition: Position.Left,
    });
    const track = dotTrack(path)!;
    expect(track.points[track.points.length - 1]).toEqual([200, 100]);
    expect(dotTrack('M0 0 L10 0 20 0')!.points.at(-1)).toEqual([20, 0]);
  });

  it('caps the points of a long edge and keeps a few on a tiny one', () => {
    expect(dotTrack('M0,0 L5000,0')!.points).toHaveLength(96);
    const dot = dotTrack('M3,4')!;
    expect(dot.points).toHaveLength(12);
    expect(new Set(dot.points.map((p) => p.join()))).toEqual(new Set(['3,4']));
  });

  it('gives up on paths it cannot follow', () => {
    expect(dotTrack('')).toBeNull();
    expect(dotTrack('m0,0 l10,10')).toBeNull();
    expect(dotTrack('M0,0 A5,5 0 0 1 10,10')).toBeNull();
    expect(dotTrack('M0,0 C1,1 2,2')).toBeNull();
  });
});

describe('dotKeyframes', () => {
  const track = dotTrack('M100,50 L400,50')!;

  it('moves by translate alone, from the start of the edge to its end over the whole cycle', () => {
    const frames = dotKeyframes(track, 1);
    expect(frames[0].offset).toBe(0);
    expect(frames.at(-1)!.offset).toBe(1);
    expect(frames.every((f) => Object.keys(f).sort().join() === 'offset,transform')).toBe(true);
    expect(translateOf(frames[0], track.box)).toEqual([100, 50]);
    expect(translateOf(frames.at(-1)!, track.box)).toEqual([400, 50]);
    // Relative to the box: the layer is placed at the box's corner.
    expect(frames[0].transform).toBe('translate(0px, 0px)');
  });

  it('for sparse traffic crosses in the first 1/gap of the cycle, then waits hidden at the end', () => {
    const frames = dotKeyframes(track, 4);
    const arrival = frames.findIndex((f) => f.offset === 0.25);
    expect(arrival).toBe(track.points.length - 1);
    expect(frames.slice(0, arrival + 1).every((f) => f.opacity === 1)).toBe(true);
    expect(translateOf(frames[arrival], track.box)).toEqual([400, 50]);
    const hidden = frames.slice(arrival + 1);
    expect(hidden.map((f) => f.offset)).toEqual([0.251, 1]);
    expect(hidden.every((f) => f.opacity === 0 && f.transform === frames[arrival].transform)).toBe(true);
  });
});
