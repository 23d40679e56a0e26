// Test-only: runs a lesson headless in Node with the real sandbox, so a lesson's text is checked
// against what the engine actually does. The app never imports this file.
/* eslint-disable no-restricted-imports -- tests run lessons end to end through the CLI's runner */
import type { LogRecord, Report } from '../../../engine/reportTypes';
import type { Scenario } from '../../../engine/scenarioTypes';
import type { SimulationOptions } from '../../../engine/simulationTypes';
import { createSimulation } from '../../../engine/createSimulation';
import { runHeadless } from '../../../cli/runHeadless';
import { createNodeHost } from '../../../sandbox/node/createNodeHost';
import { parseScenario } from '../../parseScenario';
/* eslint-enable no-restricted-imports */

function validated(scenario: Scenario): Scenario {
  const parsed = parseScenario(JSON.parse(JSON.stringify(scenario)));
  if (!parsed.ok) throw new Error(`lesson scenario is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}

/** The headless report, with the per-second series. */
export function runLesson(scenario: Scenario, options: SimulationOptions = {}): Promise<Report> {
  return runHeadless(validated(scenario), { keepSeries: true, ...options });
}

/** Same as runHeadless, but keeps every log line (runHeadless drops them). */
export async function runLessonWithLogs(
  scenario: Scenario,
  options: SimulationOptions = {},
): Promise<{ report: Report; logs: LogRecord[] }> {
  const valid = validated(scenario);
  const host = await createNodeHost(valid);
  // Every line is kept: the engine's default ring (2,000) would drop lines between takes.
  const sim = createSimulation(valid, host, { liveSamples: false, keepSeries: true, maxBufferedLogs: 1_000_000, ...options });
  const logs: LogRecord[] = [];
  for (;;) {
    const stop = sim.run(Infinity, 10_000);
    logs.push(...sim.takeLogs());
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((resolve) => setImmediate(resolve));
  }
  logs.push(...sim.takeLogs());
  return { report: sim.report(), logs };
}

/** A copy of the scenario with some function's fields changed, as a learner would in "Try this". */
export function withFunction(scenario: Scenario, id: string, change: Record<string, unknown>): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => (n.id === id ? ({ ...n, ...change } as typeof n) : n)),
  };
}
