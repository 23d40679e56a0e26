import type { Scenario } from '../engine/scenarioTypes';
import type { Report } from '../engine/reportTypes';
import type { SimulationOptions } from '../engine/simulationTypes';
import { createSimulation } from '../engine/createSimulation';
import { createNodeHost } from '../sandbox/node/createNodeHost';
import { grantForRun } from '../sandbox/network/networkGrant';

/**
 * Runs a validated scenario to the end in this process, with real handler code. Handler fetch
 * stays off unless `allowNetwork` (the CLI's --allow-network) and the scenario asks for it.
 */
export async function runHeadless(scenario: Scenario, options: SimulationOptions = {}, allowNetwork = false): Promise<Report> {
  const host = await createNodeHost(scenario, { network: grantForRun(scenario, allowNetwork, 'cli') });
  const sim = createSimulation(scenario, host, { liveSamples: false, ...options });
  for (;;) {
    const stop = sim.run(Infinity, 1_000_000);
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((resolve) => setImmediate(resolve));
  }
  sim.takeLogs();
  return sim.report();
}
