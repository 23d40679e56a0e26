// How many events travel along each canvas edge, and how to draw that as a few moving dots.
// The engine's per-second samples count per function (invocations, errors, throttles, async
// failures), not per edge, so an edge's rate is derived from its ends: an edge into a function
// carries that function's attempts (shared evenly among its incoming edges), a destination edge
// carries its function's successes or final failures, a client edge its configured traffic, and
// an edge out of another service whatever flows into that service.
import type { FunctionSecond } from '../../engine/reportTypes';
import type { Scenario, ScenarioEdge, Traffic } from '../../engine/scenarioTypes';
import { invocationModel } from './edgeModel';

export type DotOutcome = 'ok' | 'error' | 'throttle';

export interface EdgeRate {
  /** Events per simulated second. */
  perSecond: number;
  /** Shares of perSecond that failed or were throttled (0..1). */
  errorShare: number;
  throttleShare: number;
}

/** Per-function rates of one moment (per simulated second). */
export type FunctionRates = Record<string, Pick<FunctionSecond, 'Invocations' | 'Errors' | 'Throttles' | 'AsyncEventsDropped'>>;

/** A client's configured request rate at second t (what its traffic pattern asks for). */
export function clientRateAt(traffic: Traffic, t: number): number {
  if (traffic.startSecond !== undefined && t < traffic.startSecond) return 0;
  if (traffic.stopSecond !== undefined && t >= traffic.stopSecond) return 0;
  const local = t - (traffic.startSecond ?? 0);
  switch (traffic.pattern) {
    case 'constant':
    case 'poisson':
      return traffic.ratePerSecond;
    case 'ramp':
      return traffic.fromPerSecond + (traffic.toPerSecond - traffic.fromPerSecond) * Math.min(1, local / Math.max(1, traffic.overSeconds));
    case 'spike':
      return t >= traffic.atSecond && t < traffic.atSecond + traffic.forSeconds ? traffic.peakPerSecond : traffic.basePerSecond;
    case 'burst':
      return Math.floor(t) === traffic.atSecond ? traffic.count : 0;
    case 'sine':
      return Math.max(0, traffic.meanPerSecond + traffic.amplitudePerSecond * Math.sin((2 * Math.PI * local) / Math.max(1, traffic.periodSeconds)));
    case 'manual':
      return 0;
  }
}

const NONE: EdgeRate = { perSecond: 0, errorShare: 0, throttleShare: 0 };

export function edgeRates(scenario: Pick<Scenario, 'nodes' | 'edges'>, rates: FunctionRates, t: number): Record<string, EdgeRate> {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, ScenarioEdge[]>();
  for (const e of scenario.edges) {
    const list = incoming.get(e.to) ?? [];
    list.push(e);
    incoming.set(e.to, list);
  }
  const out: Record<string, EdgeRate> = {};
  const visiting = new Set<string>();

  function attempts(id: string): number {
    const f = rates[id];
    return f ? f.Invocations + f.Throttles : 0;
  }

  /** Events per second arriving at a service node (cycles count as nothing). */
  function inflow(id: string): number {
    const node = nodes.get(id);
    if (!node) return 0;
    if (node.kind === 'client') return clientRateAt(node.traffic, t);
    if (node.kind === 'function') return attempts(id);
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const sum = (incoming.get(id) ?? []).reduce((s, e) => s + rateOf(e).perSecond, 0);
    visiting.delete(id);
    return sum;
  }

  function rateOf(e: ScenarioEdge): EdgeRate {
    const cached = out[e.id];
    if (cached) return cached;
    const from = nodes.get(e.from);
    const to = nodes.get(e.to);
    let r = NONE;
    if (from?.kind === 'function' && (e.kind === 'onSuccess' || e.kind === 'onFailure' || e.kind === 'deadLetter')) {
      const f = rates[from.id];
      if (f && e.kind === 'onSuccess') {
        // Destinations apply to asynchronous invocations only.
        const invokedAsync = (incoming.get(from.id) ?? []).some((x) => invocationModel(x) === 'async');
        r = { perSecond: invokedAsync ? Math.max(0, f.Invocations - f.Errors) : 0, errorShare: 0, throttleShare: 0 };
      } else if (f) r = { perSecond: f.AsyncEventsDropped, errorShare: 1, throttleShare: 0 };
    } else if (to?.kind === 'function') {
      const f = rates[to.id];
      const total = attempts(to.id);
      const shared = (incoming.get(to.id) ?? []).filter((x) => x.kind !== 'onSuccess' && x.kind !== 'onFailure').length;
      if (f && total > 0)
        r = {
          perSecond: total / Math.max(1, shared),
          errorShare: f.Errors / total,
          throttleShare: f.Throttles / total,
        };
    } else if (from?.kind === 'client') {
      r = { perSecond: clientRateAt(from.traffic, t), errorShare: 0, throttleShare: 0 };
    } else if (e.kind !== 'redrive' && from && from.kind !== 'function') {
      // A topic, bucket or rule passes on what reaches it (SNS fans out to every subscriber).
      r = { perSecond: inflow(from.id), errorShare: 0, throttleShare: 0 };
    }
    out[e.id] = r;
    return r;
  }

  for (const e of scenario.edges) rateOf(e);
  return out;
}

/** At most this many dots on one edge at a time, whatever the traffic. */
export const MAX_DOTS = 6;
/** Wall seconds a dot takes from source to target. */
export const TRAVEL_S = 1.6;
/** "As fast as possible" has no speed to multiply by; it draws as a busy edge. */
const FASTEST_SPEED = 50;

export interface DotPlan {
  /** One entry per dot, its outcome colour, spread so colours mix along the edge. */
  dots: DotOutcome[];
  /** Seconds of one animation cycle; a dot is visible for the first 1/gap of it. */
  periodS: number;
  gap: 1 | 2 | 4 | 8;
  /** Equal plans have equal keys (lets the store keep an unchanged edge's object). */
  key: string;
}

function spread(count: number, errors: number, throttles: number): DotOutcome[] {
  const dots: DotOutcome[] = Array.from({ length: count }, () => 'ok');
  // Evenly spaced slots for failures, errors first, so a mix reads as a mix, not a block.
  const place = (n: number, kind: DotOutcome, offset: number) => {
    for (let i = 0; i < n; i++) {
      let slot = Math.floor(((i + offset) * count) / Math.max(1, n)) % count;
      while (dots[slot] !== 'ok') slot = (slot + 1) % count;
      dots[slot] = kind;
    }
  };
  place(errors, 'error', 0);
  place(throttles, 'throttle', 0.5);
  return dots;
}

/**
 * The dots for an edge carrying `rate` at the given run speed: as many as would be on the edge at
 * once (capped), or for sparse traffic one dot with a pause after it; failures coloured by share.
 */
export function dotPlan(rate: EdgeRate, speed: number): DotPlan | null {
  const wallRate = rate.perSecond * (Number.isFinite(speed) ? speed : FASTEST_SPEED);
  if (!(wallRate > 0)) return null;
  const onEdge = wallRate * TRAVEL_S;
  let count = 1;
  let gap: DotPlan['gap'] = 1;
  if (onEdge >= 1) count = Math.min(MAX_DOTS, Math.round(onEdge));
  else gap = Math.min(8, 2 ** Math.round(Math.log2(1 / onEdge))) as DotPlan['gap'];
  // Failures by share; a rare one still shows once there are several dots to spare.
  const failing = (share: number) => {
    const n = Math.round(share * count);
    return n === 0 && share > 0.02 && count >= 3 ? 1 : n;
  };
  const errors = Math.min(count, failing(rate.errorShare));
  const throttles = Math.min(count - errors, failing(rate.throttleShare));
  const dots = spread(count, errors, throttles);
  const periodS = TRAVEL_S * gap;
  return { dots, periodS, gap, key: `${dots.join(',')}/${gap}` };
}
