// A small scripting surface on window for people who script the playground from DevTools (and
// for e2e checks): validate a scenario and run it to the end in the sandbox, headless.
import type { Report } from '../engine/reportTypes';
import type { Runner, RunOptions } from '../sandbox/runner';
import type { ParseResult } from '../scenario/parseScenario';

export interface ConsoleApi {
  /** Runs a scenario as fast as possible; rejects with the validation errors of a bad one. */
  runHeadless(scenario: unknown, options?: Partial<RunOptions>): Promise<Report>;
}

export function createConsoleApi(createRunner: () => Runner, parse: (input: unknown) => ParseResult): ConsoleApi {
  return {
    runHeadless(input, options = {}) {
      const parsed = parse(input);
      if (!parsed.ok) return Promise.reject(new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n')));
      const runner = createRunner();
      return new Promise<Report>((resolve, reject) => {
        // Never network: only Run and Test, which ask the user each time, may turn it on.
        const { network: _ignored, ...rest } = options;
        runner.start(parsed.scenario, { ...rest, speed: Infinity }, (update) => {
          if (update.status === 'done' && update.report) {
            runner.dispose();
            resolve(update.report);
          } else if (update.status === 'error' || update.status === 'stopped') {
            runner.dispose();
            reject(new Error(update.error ?? `run ${update.status}`));
          }
        });
      });
    },
  };
}
