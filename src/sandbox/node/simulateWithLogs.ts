// Tests' headless run: the engine with the Node host to the end, keeping every log line so a
// test can read what handler code printed (runHeadless drops them).
import type { Scenario } from '../../engine/scenarioTypes';
import type { LogRecord, Report } from '../../engine/reportTypes';
import { createSimulation } from '../../engine/createSimulation';
import { createNodeHost, type NodeHostOptions } from './createNodeHost';

export async function simulateWithLogs(scenario: Scenario, hostOptions: NodeHostOptions = {}): Promise<{ report: Report; logs: LogRecord[] }> {
  const host = await createNodeHost(scenario, hostOptions);
  const sim = createSimulation(scenario, host, { liveSamples: false, maxBufferedLogs: 1_000_000 });
  const logs: LogRecord[] = [];
  for (;;) {
    const stop = sim.run(Infinity, 1_000_000);
    for (const line of sim.takeLogs()) logs.push(line);
    if (stop === 'done') break;
    if (stop === 'yield') await new Promise((resolve) => setImmediate(resolve));
  }
  return { report: sim.report(), logs };
}

/** Console lines one function's code wrote (the message after the level), with their times. */
export function userLines(logs: LogRecord[], functionId: string): { tMs: number; message: string }[] {
  return logs
    .filter((l) => l.functionId === functionId && /^[^\t]*\t[^\t]*\t(INFO|WARN|ERROR|DEBUG)\t/.test(l.line))
    .map((l) => ({ tMs: l.tMs, message: l.line.split('\t').slice(3).join('\t') }));
}
