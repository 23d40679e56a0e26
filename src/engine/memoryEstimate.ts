// Max Memory Used is an estimate (the UI says so): Node.js runtime baseline plus what the
// sandbox measures of the module's own state, capped at the configured memory.
export const RUNTIME_BASELINE_MB = 64;

export function estimateMaxMemoryUsedMB(memoryMB: number, stateBytes: number): number {
  return Math.min(memoryMB, Math.round(RUNTIME_BASELINE_MB + stateBytes / 1_048_576));
}

/** What the UI says wherever Max Memory Used is shown. */
export const MAX_MEMORY_ESTIMATE_NOTE =
  `Max Memory Used is an estimate: a ${RUNTIME_BASELINE_MB} MB Node.js runtime baseline plus the environment's loaded code ` +
  'and pending timers, capped at Memory Size. Objects your code keeps in memory are not measured (a browser cannot ' +
  "measure one environment's share of the heap), so real Lambda usually reports more.";
