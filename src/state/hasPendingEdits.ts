import type { Scenario } from '../engine/scenarioTypes';
import type { AppState } from './appState';

/** Layout is not behaviour: moving a node on the canvas does not change what a run does. */
function withoutPositions(scenario: Scenario): string {
  return JSON.stringify({ ...scenario, nodes: scenario.nodes.map((n) => ({ ...n, position: undefined })) });
}

/** True while a run is live and the draft has changed in a way the run does not reflect. */
export function hasPendingEdits(state: AppState): boolean {
  const { status, startedWith } = state.run;
  if (!startedWith || state.scenario === startedWith) return false;
  if (status !== 'starting' && status !== 'running' && status !== 'paused') return false;
  return withoutPositions(state.scenario) !== withoutPositions(startedWith);
}
