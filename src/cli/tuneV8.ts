// V8 inlines calls into an optimised function up to a budget of bytecode (920 bytes by default).
// One simulated invocation crosses a deep chain of small functions: the engine's event, the
// invoke, the sandbox's slice, the handler's lowered async body, promise jobs, and back. With a
// larger budget TurboFan inlines most of that chain: about 10% fewer instructions per invocation
// on the bench workload (valgrind; 6000 gave no more than 3000). Headless only: a page cannot set
// V8 flags, so the browser runs with the defaults.
import { setFlagsFromString } from 'node:v8';

export const SIMULATION_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=3000';

/** Call before the engine runs hot (flags apply to functions optimised afterwards). */
export function tuneV8ForSimulation(): void {
  setFlagsFromString(SIMULATION_V8_FLAGS);
}
