import type { Scenario } from '../../engine/scenarioTypes';

/** Pretty JSON with a trailing newline: diff-friendly and readable in any editor. */
export function exportScenarioFile(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name from the scenario name: "Hello, cold starts" -> "hello-cold-starts.json". */
export function scenarioFileName(scenario: Pick<Scenario, 'name'>): string {
  const slug = scenario.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.json`;
}
