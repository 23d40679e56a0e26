import type { Traffic } from '../../engine/scenarioTypes';

function rate(perSecond: number): string {
  return `${perSecond} req/s`;
}

/** One line a person can read at a glance on the canvas. */
export function trafficSummary(traffic: Traffic): string {
  switch (traffic.pattern) {
    case 'constant':
      return `Constant · ${rate(traffic.ratePerSecond)}`;
    case 'poisson':
      return `Poisson · ${rate(traffic.ratePerSecond)}`;
    case 'ramp':
      return `Ramp ${traffic.fromPerSecond}→${traffic.toPerSecond} req/s over ${traffic.overSeconds} s`;
    case 'spike':
      return `Spike ${traffic.basePerSecond}→${traffic.peakPerSecond} req/s at ${traffic.atSecond} s`;
    case 'burst':
      return `Burst of ${traffic.count} at ${traffic.atSecond} s`;
    case 'sine':
      return `Sine ${traffic.meanPerSecond}±${traffic.amplitudePerSecond} req/s`;
    case 'manual':
      return 'Manual (Send button)';
  }
}
