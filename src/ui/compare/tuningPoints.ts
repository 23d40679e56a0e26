import { analyseTuning, tuningPoint, type TuningPoint, type TuningResult } from '../../engine/analysis/powerTuning';
import type { Batch } from '../../state/compareStore';

/** Measured points of a finished (or partly finished) sweep, by memory size, and the picks. */
export function tuningOf(batch: Batch | undefined, costWeight: number): { points: TuningPoint[]; result: TuningResult | null } {
  if (!batch) return { points: [], result: null };
  const functionId = batch.meta.functionId;
  const points: TuningPoint[] = [];
  for (const run of batch.runs) {
    const f = run.report?.functions[functionId];
    const node = run.variant.scenario.nodes.find((n) => n.id === functionId);
    if (!f || node?.kind !== 'function') continue;
    points.push(tuningPoint(node.memoryMB ?? 128, f));
  }
  points.sort((a, b) => a.memoryMB - b.memoryMB);
  const usable = points.some((p) => p.invocations > 0);
  return { points, result: usable ? analyseTuning(points, costWeight) : null };
}

/** "cheapest · balanced" per memory size. */
export function marksByMemory(result: TuningResult | null): Map<number, string[]> {
  const marks = new Map<number, string[]>();
  if (!result) return marks;
  for (const [name, memory] of [
    ['cheapest', result.cheapest],
    ['fastest', result.fastest],
    ['balanced', result.balanced],
  ] as const) {
    marks.set(memory, [...(marks.get(memory) ?? []), name]);
  }
  return marks;
}
