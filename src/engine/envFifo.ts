import type { Environment } from './environment';

/**
 * A first-in first-out ring of (environment, generation, time) entries for FunctionState's lazy
 * expiries. A ring, not arrays trimmed at the front: every invocation adds an entry, and
 * growing and trimming arrays reallocated their backing stores all run long.
 */
export class EnvFifo {
  private envs: (Environment | null)[] = new Array(64).fill(null);
  private gens = new Float64Array(64);
  private times = new Float64Array(64);
  private mask = 63;
  private head = 0;
  size = 0;

  push(env: Environment, gen: number, timeMs: number): void {
    if (this.size > this.mask) this.grow();
    const i = (this.head + this.size) & this.mask;
    this.envs[i] = env;
    this.gens[i] = gen;
    this.times[i] = timeMs;
    this.size++;
  }

  /** The oldest entry's parts; only while size > 0. */
  headEnv(): Environment {
    return this.envs[this.head] as Environment;
  }

  headGen(): number {
    return this.gens[this.head];
  }

  headTimeMs(): number {
    return this.times[this.head];
  }

  shift(): void {
    this.envs[this.head] = null;
    this.head = (this.head + 1) & this.mask;
    this.size--;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const envs: (Environment | null)[] = new Array(capacity).fill(null);
    const gens = new Float64Array(capacity);
    const times = new Float64Array(capacity);
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) & this.mask;
      envs[k] = this.envs[i];
      gens[k] = this.gens[i];
      times[k] = this.times[i];
    }
    this.envs = envs;
    this.gens = gens;
    this.times = times;
    this.mask = capacity - 1;
    this.head = 0;
  }
}
