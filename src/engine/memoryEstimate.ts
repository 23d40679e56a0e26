// Max Memory Used is an estimate (the UI says so): Node.js runtime baseline plus what the
// sandbox measures of the module's own state, capped at the configured memory.
export const RUNTIME_BASELINE_MB = 64;

export function estimateMaxMemoryUsedMB(memoryMB: number, stateBytes: number): number {
  return Math.min(memoryMB, Math.round(RUNTIME_BASELINE_MB + stateBytes / 1_048_576));
}
