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

export class Journal {
  private readonly environments: Ring<EnvironmentEvent>;
  private readonly traces: Ring<TraceEvent>;

  constructor(readonly enabled: boolean, capacity = 50_000) {
    this.environments = new Ring(capacity);
    this.traces = new Ring(capacity);
  }

  env(tMs: number, functionId: string, envId: number, kind: EnvironmentEventKind, provisioned: boolean, requestId?: string, status?: string): void {
    if (!this.enabled) return;
    const e: EnvironmentEvent = { tMs, functionId, envId, kind, provisioned };
    if (requestId !== undefined) e.requestId = requestId;
    if (status !== undefined) e.status = status;
    this.environments.push(e);
  }

  trace(tMs: number, traceId: string, step: string, rule?: string, functionId?: string, links?: string[]): void {
    if (!this.enabled) return;
    const t: TraceEvent = { tMs, traceId, step };
    if (rule !== undefined) t.rule = rule;
    if (functionId !== undefined) t.functionId = functionId;
    if (links !== undefined) t.links = links;
    this.traces.push(t);
  }

  takeEnvironmentEvents(): EnvironmentEvent[] {
    return this.environments.take();
  }

  takeTraceEvents(): TraceEvent[] {
    return this.traces.take();
  }
}
