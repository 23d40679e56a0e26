// What the UI needs beyond metrics: the lifecycle of every execution environment (timeline)
// and the path of every request or message (lineage, with the rule that decided each step).
// Off in headless runs; bounded rings when on, so memory stays flat.

export type EnvironmentEventKind =
  | 'created'
  | 'initStart'
  | 'initDone'
  | 'invokeStart'
  | 'invokeEnd'
  | 'reset'
  | 'reaped'
  | 'recycled';

export interface EnvironmentEvent {
  tMs: number;
  functionId: string;
  envId: number;
  kind: EnvironmentEventKind;
  provisioned: boolean;
  requestId?: string;
  /** invokeEnd: ok / error / timeout / crash. reset: why. */
  status?: string;
}

export interface TraceEvent {
  tMs: number;
  /** A request id (invocations, async events) or a message id (SQS). */
  traceId: string;
  functionId?: string;
  step: string;
  /** The rule that decided this step, in Lambda's terms. */
  rule?: string;
  /** Ids this step links to (e.g. the invocation that carried a message batch). */
  links?: string[];
}

/** The newest `capacity` entries since the last take; when full, the oldest object is refilled. */
class Ring<T> {
  private items: T[] = [];
  private start = 0;
  constructor(private readonly capacity: number) {}
  get full(): boolean {
    return this.items.length >= this.capacity;
  }
  push(item: T): void {
    this.items.push(item);
  }
  /** When full: the oldest entry, now counted as the newest, for the caller to overwrite. */
  recycleOldest(): T {
    const item = this.items[this.start];
    this.start = (this.start + 1) % this.capacity;
    return item;
  }
  take(): T[] {
    const out = this.start === 0 ? this.items : this.items.slice(this.start).concat(this.items.slice(0, this.start));
    this.items = [];
    this.start = 0;
    return out;
  }
}

/**
 * Per simulated second at most this many environment events and trace steps are kept: a fast
 * run at thousands of requests per second would otherwise spend its time writing a journal
 * nobody can read in full. Skipped entries are counted.
 */
export const JOURNAL_ENTRIES_PER_SECOND = 400;
/**
 * And between two takes only the newest this many of each kind are kept: a run at full speed
 * records millions of entries nobody can read in full, and the ones that matter are the newest
 * (their requests' log lines are the ones the page shows). Older entries' objects are refilled,
 * so a fast run allocates at most this many per take.
 */
export const JOURNAL_ENTRIES_PER_TAKE = 4000;

export class Journal {
  private readonly environments = new Ring<EnvironmentEvent>(JOURNAL_ENTRIES_PER_TAKE);
  private readonly traces = new Ring<TraceEvent>(JOURNAL_ENTRIES_PER_TAKE);
  private second = -1;
  private envThisSecond = 0;
  private tracesThisSecond = 0;
  /** Entries not kept: over a second's budget, overwritten by newer ones before a take, or skipped. */
  skipped = 0;
  // Entries before this time are not recorded (skipBefore). A take is complete (what it would be
  // without skipping) when nothing of its kind was skipped since the last take, or the ring
  // filled after the last skip.
  private skipBeforeMs = 0;
  private envSkipped = false;
  private tracesSkipped = false;
  private envSinceSkip = 0;
  private tracesSinceSkip = 0;

  constructor(readonly enabled: boolean) {}

  /** Whether an entry at tMs is recorded: not skipped, and within this second's budget (counted). */
  private admit(tMs: number, kind: 'env' | 'trace'): boolean {
    if (tMs < this.skipBeforeMs) {
      if (kind === 'env') this.skipEnv();
      else this.skipTrace();
      return false;
    }
    const second = Math.floor(tMs / 1000);
    if (second !== this.second) {
      this.second = second;
      this.envThisSecond = 0;
      this.tracesThisSecond = 0;
    }
    const n = kind === 'env' ? ++this.envThisSecond : ++this.tracesThisSecond;
    if (n > JOURNAL_ENTRIES_PER_SECOND) {
      this.skipped++;
      return false;
    }
    if (kind === 'env') this.envSinceSkip++;
    else this.tracesSinceSkip++;
    return true;
  }

  /** The reader takes no entry before `tMs` (a second's start, so per-second budgets stay as they are). */
  skipBefore(tMs: number): void {
    this.skipBeforeMs = tMs;
  }

  /** Whether the takes would now return what they would had nothing been skipped. */
  get complete(): boolean {
    return (!this.envSkipped || this.envSinceSkip >= JOURNAL_ENTRIES_PER_TAKE) && (!this.tracesSkipped || this.tracesSinceSkip >= JOURNAL_ENTRIES_PER_TAKE);
  }

  private skipEnv(): void {
    this.envSkipped = true;
    this.envSinceSkip = 0;
    this.skipped++;
  }

  private skipTrace(): false {
    this.tracesSkipped = true;
    this.tracesSinceSkip = 0;
    this.skipped++;
    return false;
  }

  /** Cheap check callers use before building strings for trace(). */
  wants(tMs: number): boolean {
    if (!this.enabled) return false;
    if (tMs < this.skipBeforeMs) return this.skipTrace();
    return Math.floor(tMs / 1000) !== this.second || this.tracesThisSecond < JOURNAL_ENTRIES_PER_SECOND;
  }

  env(tMs: number, functionId: string, envId: number, kind: EnvironmentEventKind, provisioned: boolean, requestId?: string, status?: string): void {
    if (!this.enabled || !this.admit(tMs, 'env')) return;
    // Every field always present (undefined when absent): one object shape, refillable in place.
    if (!this.environments.full) {
      this.environments.push({ tMs, functionId, envId, kind, provisioned, requestId, status });
      return;
    }
    this.skipped++;
    const e = this.environments.recycleOldest();
    e.tMs = tMs;
    e.functionId = functionId;
    e.envId = envId;
    e.kind = kind;
    e.provisioned = provisioned;
    e.requestId = requestId;
    e.status = status;
  }

  trace(tMs: number, traceId: string, step: string, rule?: string, functionId?: string, links?: string[]): void {
    if (!this.enabled || !this.admit(tMs, 'trace')) return;
    if (!this.traces.full) {
      this.traces.push({ tMs, traceId, step, rule, functionId, links });
      return;
    }
    this.skipped++;
    const t = this.traces.recycleOldest();
    t.tMs = tMs;
    t.traceId = traceId;
    t.step = step;
    t.rule = rule;
    t.functionId = functionId;
    t.links = links;
  }

  takeEnvironmentEvents(): EnvironmentEvent[] {
    this.envSkipped = false;
    return this.environments.take();
  }

  takeTraceEvents(): TraceEvent[] {
    this.tracesSkipped = false;
    return this.traces.take();
  }
}
