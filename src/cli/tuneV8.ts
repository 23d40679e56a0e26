// V8 inlines calls into an optimised function up to a budget of bytecode (920 bytes by default).
// One simulated invocation crosses a deep chain of small functions: the engine's event, the
// invoke, the sandbox's slice, the handler's lowered async body, promise jobs, and back. With a
// larger budget TurboFan inlines most of that chain: about 10% fewer instructions per invocation
// on the bench workload (valgrind). Headless only: a page cannot set V8 flags, so the browser runs
// with the defaults.
// Tried, not kept (2026-11-29): 6000 cumulative with 920 per callee ran 4% fewer instructions but
// was slower in interleaved wall-clock runs (median 2.62 s vs 2.37 s, more background compiling);
// a fixed 16 MB young generation (start-up flags) scavenged ~10x less but missed the last-level
// cache twice as often (cachegrind), with no wall-clock gain.
import { setFlagsFromString } from 'node:v8';

export const SIMULATION_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=3000';

/** Call before the engine runs hot (flags apply to functions optimised afterwards). */
export function tuneV8ForSimulation(): void {
  setFlagsFromString(SIMULATION_V8_FLAGS);
}
