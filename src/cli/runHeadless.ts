import type { Scenario } from '../engine/scenarioTypes';
import type { LogRecord, Report } from '../engine/reportTypes';
import type { SimulationOptions } from '../engine/simulationTypes';
import { createSimulation } from '../engine/createSimulation';
import { createNodeHost } from '../sandbox/node/createNodeHost';
import { grantForRun } from '../sandbox/network/networkGrant';

/**
 * Runs a validated scenario to the end in this process, with real handler code. Handler fetch
 * stays off unless `allowNetwork` (the CLI's --allow-network) and the scenario asks for it.
 */
export async function runHeadless(
  scenario: Scenario,
  options: SimulationOptions = {},
  allowNetwork = false,
  lastLogs?: { lines: number; receive: (records: LogRecord[]) => void },
): Promise<Report> {
  const host = await createNodeHost(scenario, { network: grantForRun(scenario, allowNetwork, 'cli') });
  const bufferLines = lastLogs ? Math.max(lastLogs.lines, options.maxBufferedLogs ?? 0) : options.maxBufferedLogs;
  const sim = createSimulation(scenario, host, { liveSamples: false, ...options, maxBufferedLogs: bufferLines });
  for (;;) {
    const stop = sim.run(Infinity, 1_000_000);
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((resolve) => setImmediate(resolve));
  }
  const records = sim.takeLogs(lastLogs?.lines);
  lastLogs?.receive(records);
  return sim.report();
}
