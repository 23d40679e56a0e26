import type { FunctionConfig } from './defaults';
import { Environment } from './environment';
import { EnvFifo } from './envFifo';
import { FunctionMetrics } from './functionMetrics';

/**
 * A function's environments. Idle ones are chosen most-recently-created first (what AWS's
 * observed behaviour fits); expiry is lazy: a FIFO of idle periods (expiry order, since the idle
 * lifetime is one constant) is drained whenever time has moved past its head.
 */
export class FunctionState {
  readonly metrics = new FunctionMetrics();
  readonly index: number;
  private idleHeap: Environment[] = [];
  /** Idle periods: (env, idle generation, expiry), rather than an object per idle period. */
  private readonly reaps = new EnvFifo();
  private scalingTokens: number;
  private scalingRefilledMs = 0;
  idleCount = 0;
  initializing = 0;
  // Deadlines of running invocations. The timeout is one constant per function, so deadlines
  // arrive in order: a FIFO plus one scheduled check replaces a heap event per invocation.
  private readonly deadlines = new EnvFifo();
  /** Idle provisioned environments (ready, never reaped). */
  readonly provisionedIdle: Environment[] = [];
  provisionedBusy = 0;
  provisionedReady = 0;
  /** Invoke requests in the current 1-second window, for the 10 × concurrency RPS limit. */
  rpsWindowSecond = -1;
  rpsWindowCount = 0;
  /** A VPC function is Pending (409 to invokes) until this time (hyperplane ENI creation). */
  vpcPendingUntilMs = 0;
  /** When the one pending timeout check of this function fires (Infinity: none scheduled). */
  timeoutCheckAtMs = Infinity;

  constructor(
    readonly config: FunctionConfig,
    index: number,
    private readonly idleLifetimeMs: number,
    private readonly maxLifetimeMs: number,
    private readonly scalingPer10s: number,
  ) {
    this.index = index;
    this.scalingTokens = scalingPer10s;
  }

  /** Reap every environment whose idle lifetime ended at or before `nowMs`, at its exact time. */
  reapExpired(nowMs: number, destroy: (env: Environment, atMs: number) => void): void {
    const reaps = this.reaps;
    while (reaps.size > 0 && reaps.headTimeMs() <= nowMs) {
      const env = reaps.headEnv();
      const gen = reaps.headGen();
      const atMs = reaps.headTimeMs();
      reaps.shift();
      if (env.state === 'idle' && env.idleGen === gen) {
        this.idleCount--;
        destroy(env, atMs);
      }
    }
  }

  /** The most recently created idle environment, or null. Old ones past their max lifetime are recycled. */
  takeIdle(nowMs: number, destroy: (env: Environment, atMs: number) => void): Environment | null {
    for (;;) {
      const env = this.popIdle();
      if (!env) return null;
      this.idleCount--;
      if (nowMs - env.createdAtMs >= this.maxLifetimeMs) {
        destroy(env, nowMs);
        continue;
      }
      return env;
    }
  }

  putIdle(env: Environment, nowMs: number): void {
    env.state = 'idle';
    env.idleGen++;
    env.idleSinceMs = nowMs;
    this.idleCount++;
    this.reaps.push(env, env.idleGen, nowMs + this.idleLifetimeMs);
    this.pushIdle(env);
  }

  addDeadline(env: Environment, deadlineMs: number): void {
    this.deadlines.push(env, env.invokeGen, deadlineMs);
  }

  /** Environments whose current invocation passed its deadline at or before nowMs. */
  takeExpired(nowMs: number): Environment[] {
    const out: Environment[] = [];
    const deadlines = this.deadlines;
    while (deadlines.size > 0) {
      const env = deadlines.headEnv();
      const live = env.state === 'busy' && env.invokeGen === deadlines.headGen();
      if (live && deadlines.headTimeMs() > nowMs) break;
      deadlines.shift();
      if (live) out.push(env);
    }
    return out;
  }

  /** The earliest deadline still pending, or Infinity. */
  nextDeadlineMs(): number {
    return this.deadlines.size > 0 ? this.deadlines.headTimeMs() : Infinity;
  }

  /** Scaling rate: a token bucket refilled continuously (per function, not banked above capacity). */
  takeScalingToken(nowMs: number): boolean {
    const refill = ((nowMs - this.scalingRefilledMs) * this.scalingPer10s) / 10_000;
    this.scalingTokens = Math.min(this.scalingPer10s, this.scalingTokens + refill);
    this.scalingRefilledMs = nowMs;
    if (this.scalingTokens < 1) return false;
    this.scalingTokens -= 1;
    return true;
  }

  private pushIdle(env: Environment): void {
    const heap = this.idleHeap;
    const end = heap.length;
    let i = end;
    heap.push(env);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].id >= env.id) break;
      heap[i] = heap[parent];
      i = parent;
    }
    // Not stored twice when it stays at the end (virtualTimers.ts heapPush says why).
    if (i !== end) heap[i] = env;
  }

  private popIdle(): Environment | null {
    const heap = this.idleHeap;
    while (heap.length) {
      const top = heap[0];
      const last = heap.pop() as Environment;
      if (heap.length) {
        let i = 0;
        const n = heap.length;
        for (;;) {
          const left = 2 * i + 1;
          if (left >= n) break;
          const right = left + 1;
          const child = right < n && heap[right].id > heap[left].id ? right : left;
          if (heap[child].id <= last.id) break;
          heap[i] = heap[child];
          i = child;
        }
        heap[i] = last;
      }
      if (top.state === 'idle') return top;
    }
    return null;
  }
}
