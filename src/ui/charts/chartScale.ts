// Axis arithmetic for the live charts (SeriesChart): round tick steps and a linear scale. Pure, so
// it is tested without a DOM.

/** The smallest step of the form {1, 2, 2.5, 5} × 10^k (whole numbers: never below 1) ≥ rawStep. */
export function niceStep(rawStep: number): number {
  if (!(rawStep > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * magnitude;
    // 2.5 × 1 is not a whole number: counts and seconds have whole ticks only.
    if (step >= rawStep && Number.isInteger(step)) return step;
  }
  return 10 * magnitude;
}

/** Ticks from 0 to a round top ≥ max, about `count` intervals (max ≤ 0 gives 0..count). */
export function valueTicks(max: number, count = 5): number[] {
  const step = niceStep(max / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

/** Round multiples inside [from, to], at most about `maxTicks` of them. */
export function timeTicks(from: number, to: number, maxTicks: number): number[] {
  if (!(to > from)) return [from];
  const step = niceStep((to - from) / Math.max(1, maxTicks));
  const ticks: number[] = [];
  for (let v = Math.ceil(from / step) * step; v <= to; v += step) ticks.push(v);
  return ticks;
}

/** A linear map from [d0, d1] onto [r0, r1] (a flat domain maps to r0). */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}
