// Paces a Simulation against wall time: virtual ms = wall ms × speed since the last anchor
// (start, resume or speed change). Speed Infinity runs as fast as possible in short chunks so
// pause/stop messages are still handled between them.
import type { RunStop, Simulation } from '../../../engine/simulationTypes';

/** Wall time one chunk may take before we yield to the message loop. */
export const CHUNK_MS = 12;
/** The same as fast as possible: nothing is drawn between chunks, and each yield leaves the
 * thread idle until the next task (~0.2 ms, more on a busy machine: 1.5% of a 900k-invocation
 * run at 12 ms). Pause and stop still answer within this. */
export const FAST_CHUNK_MS = 40;
/** Events per sim.run() call between clock checks: adapts so one call stays around 2 ms even
 * when handlers burn real CPU (the app's watchdog must keep getting answers). */
const MIN_EVENTS = 1;
const MAX_EVENTS = 4096;
const CALL_TARGET_MS = 2;
/** Wall time the run may lag behind the clock before the pacer re-anchors. */
const MAX_LAG_WALL_MS = 250;

/** 'stepped': a paused run reached the end of its step (see advance). */
export type PaceResult = 'done' | 'yield' | 'chunk' | 'waiting' | 'stepped';

export class RunPacer {
  private wallAnchorMs = 0;
  private virtualAnchorMs = 0;
  private eventsPerCall = 256;
  paused = false;
  /** Where a step of a paused run ends (virtual ms), or null when not stepping. */
  private stepUntilMs: number | null = null;

  constructor(
    readonly sim: Simulation,
    public speed: number,
    private readonly realNow: () => number,
  ) {
    this.virtualAnchorMs = sim.nowMs;
    this.wallAnchorMs = realNow();
  }

  /** Where the run is in virtual time (the engine clock only moves on events). */
  positionMs(): number {
    if (this.paused || this.speed === Infinity) return Math.max(this.sim.nowMs, this.virtualAnchorMs);
    return Math.min(this.sim.endMs, Math.max(this.sim.nowMs, this.targetMs()));
  }

  setSpeed(speed: number): void {
    this.reanchor();
    this.speed = speed;
  }

  pause(): void {
    this.virtualAnchorMs = this.positionMs();
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.stepUntilMs = null;
    this.wallAnchorMs = this.realNow();
  }

  /** A paused run moves `ms` of virtual time on (as fast as possible), then stays paused. */
  advance(ms: number): void {
    if (!this.paused) return;
    this.stepUntilMs = Math.min(this.sim.endMs, (this.stepUntilMs ?? this.positionMs()) + ms);
  }

  get stepping(): boolean {
    return this.stepUntilMs !== null;
  }

  private reanchor(): void {
    this.virtualAnchorMs = this.positionMs();
    this.wallAnchorMs = this.realNow();
  }

  private targetMs(): number {
    return this.virtualAnchorMs + (this.realNow() - this.wallAnchorMs) * this.speed;
  }

  /** Run one chunk. 'waiting': caught up with wall time; 'yield': the host awaits native work. */
  step(): PaceResult {
    const startMs = this.realNow();
    if (this.speed !== Infinity && !this.paused) {
      // Fell behind (start-up, a slow stretch): drop the backlog instead of racing through it,
      // so the chosen speed is the speed the user sees.
      const lagMs = this.targetMs() - this.sim.nowMs;
      if (lagMs > this.speed * MAX_LAG_WALL_MS) {
        this.virtualAnchorMs = this.sim.nowMs;
        this.wallAnchorMs = startMs;
      }
    }
    for (;;) {
      const stepEnd = this.paused ? this.stepUntilMs : null;
      if (this.paused && stepEnd === null) return 'waiting';
      const target = stepEnd ?? (this.speed === Infinity ? Infinity : this.targetMs());
      const callStartMs = this.realNow();
      const stop: RunStop = this.sim.run(target, this.eventsPerCall);
      const callMs = this.realNow() - callStartMs;
      if (callMs > CALL_TARGET_MS * 2) this.eventsPerCall = Math.max(MIN_EVENTS, this.eventsPerCall >> 1);
      else if (callMs < CALL_TARGET_MS / 2 && stop === 'budget') this.eventsPerCall = Math.min(MAX_EVENTS, this.eventsPerCall * 2);
      if (this.sim.isDone() || stop === 'done') return 'done';
      if (stop === 'yield') return 'yield';
      if (stepEnd !== null && stop === 'reached') {
        this.virtualAnchorMs = stepEnd;
        this.stepUntilMs = null;
        return 'stepped';
      }
      if (stop === 'reached') return target >= this.sim.endMs ? 'done' : 'waiting';
      if (callStartMs + callMs - startMs >= (this.speed === Infinity ? FAST_CHUNK_MS : CHUNK_MS)) return 'chunk';
    }
  }
}
