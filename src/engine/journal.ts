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

class Ring<T> {
  private items: T[] = [];
  private start = 0;
  constructor(private readonly capacity: number) {}
  push(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else {
      this.items[this.start] = item;
      this.start = (this.start + 1) % this.capacity;
    }
  }
  take(): T[] {
    const out = this.items.slice(this.start).concat(this.items.slice(0, this.start));
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
 * And at most this many of each kind between two takes: a long run at full speed records a
 * sample instead of building (and copying to the page) entries nobody can read in full. A paced
 * run stays under it; only "as fast as possible" hits it. (1,000 was too few: the newest
 * requests of a short fast run, whose log lines the page shows, lost their lineage.)
 */
export const JOURNAL_ENTRIES_PER_TAKE = 4000;

export class Journal {
  private readonly environments: Ring<EnvironmentEvent>;
  private readonly traces: Ring<TraceEvent>;
  private second = -1;
  private envThisSecond = 0;
  private tracesThisSecond = 0;
  private envSinceTake = 0;
  private tracesSinceTake = 0;
  skipped = 0;

  constructor(readonly enabled: boolean, capacity = 50_000) {
    this.environments = new Ring(capacity);
    this.traces = new Ring(capacity);
  }

  /** Whether an entry at tMs fits this second's budget (and counts it). */
  private admit(tMs: number, kind: 'env' | 'trace'): boolean {
    const second = Math.floor(tMs / 1000);
    if (second !== this.second) {
      this.second = second;
      this.envThisSecond = 0;
      this.tracesThisSecond = 0;
    }
    const n = kind === 'env' ? ++this.envThisSecond : ++this.tracesThisSecond;
    const sinceTake = kind === 'env' ? ++this.envSinceTake : ++this.tracesSinceTake;
    if (n <= JOURNAL_ENTRIES_PER_SECOND && sinceTake <= JOURNAL_ENTRIES_PER_TAKE) return true;
    this.skipped++;
    return false;
  }

  /** Cheap check callers use before building strings for trace(). */
  wants(tMs: number): boolean {
    return (
      this.enabled &&
      this.tracesSinceTake < JOURNAL_ENTRIES_PER_TAKE &&
      (Math.floor(tMs / 1000) !== this.second || this.tracesThisSecond < JOURNAL_ENTRIES_PER_SECOND)
    );
  }

  env(tMs: number, functionId: string, envId: number, kind: EnvironmentEventKind, provisioned: boolean, requestId?: string, status?: string): void {
    if (!this.enabled || !this.admit(tMs, 'env')) return;
    const e: EnvironmentEvent = { tMs, functionId, envId, kind, provisioned };
    if (requestId !== undefined) e.requestId = requestId;
    if (status !== undefined) e.status = status;
    this.environments.push(e);
  }

  trace(tMs: number, traceId: string, step: string, rule?: string, functionId?: string, links?: string[]): void {
    if (!this.enabled || !this.admit(tMs, 'trace')) return;
    const t: TraceEvent = { tMs, traceId, step };
    if (rule !== undefined) t.rule = rule;
    if (functionId !== undefined) t.functionId = functionId;
    if (links !== undefined) t.links = links;
    this.traces.push(t);
  }

  takeEnvironmentEvents(): EnvironmentEvent[] {
    this.envSinceTake = 0;
    return this.environments.take();
  }

  takeTraceEvents(): TraceEvent[] {
    this.tracesSinceTake = 0;
    return this.traces.take();
  }
}
