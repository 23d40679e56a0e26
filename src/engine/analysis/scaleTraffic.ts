import type { Scenario, Traffic } from '../scenarioTypes';

/** The same scenario with every client's traffic multiplied by `factor` (what-if load). */
export function scaleTraffic(scenario: Scenario, factor: number): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  for (const node of copy.nodes) {
    if (node.kind === 'client') node.traffic = scaled(node.traffic, factor);
  }
  return copy;
}

function scaled(t: Traffic, k: number): Traffic {
  switch (t.pattern) {
    case 'constant':
    case 'poisson':
      return { ...t, ratePerSecond: t.ratePerSecond * k };
    case 'ramp':
      return { ...t, fromPerSecond: t.fromPerSecond * k, toPerSecond: t.toPerSecond * k };
    case 'spike':
      return { ...t, basePerSecond: t.basePerSecond * k, peakPerSecond: t.peakPerSecond * k };
    case 'burst':
      return { ...t, count: Math.max(1, Math.round(t.count * k)) };
    case 'sine':
      return { ...t, meanPerSecond: t.meanPerSecond * k, amplitudePerSecond: t.amplitudePerSecond * k };
    default:
      return t;
  }
}
