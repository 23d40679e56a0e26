// Per-environment virtual timers: a binary heap ordered by (dueMs, seq). Cleared timers stay
// in the heap, inactive, and are dropped when they reach the top (cheaper than removal).
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface TimerOwner {
  /** Timers that keep the event loop alive (Node's ref'd timers). */
  refTimers: number;
  timerById: Map<number, Timeout> | null;
  rescheduleTimer(timer: Timeout): void;
}

/** Node returns Timeout objects from setTimeout/setInterval; user code calls ref/unref on them. */
export class Timeout {
  _id: number;
  _dueMs = 0;
  _seq = 0;
  _cb: (...args: any[]) => void;
  _args: any[] | null;
  _repeatMs: number;
  _owner: TimerOwner;
  _active = true;
  _ref = true;
  _delayMs: number;

  constructor(owner: TimerOwner, id: number, cb: (...args: any[]) => void, args: any[] | null, delayMs: number, repeat: boolean) {
    this._owner = owner;
    this._id = id;
    this._cb = cb;
    this._args = args;
    this._delayMs = delayMs;
    this._repeatMs = repeat ? delayMs : -1;
  }

  ref(): this {
    if (!this._ref && this._active) this._owner.refTimers++;
    this._ref = true;
    return this;
  }

  unref(): this {
    if (this._ref && this._active) this._owner.refTimers--;
    this._ref = false;
    return this;
  }

  hasRef(): boolean {
    return this._ref;
  }

  refresh(): this {
    if (this._active) this._owner.rescheduleTimer(this);
    return this;
  }

  close(): this {
    cancelTimer(this);
    return this;
  }

  [Symbol.toPrimitive](): number {
    const owner = this._owner;
    if (owner.timerById === null) owner.timerById = new Map();
    owner.timerById.set(this._id, this);
    return this._id;
  }
}

export function cancelTimer(timer: Timeout): void {
  if (!timer._active) return;
  timer._active = false;
  if (timer._ref) timer._owner.refTimers--;
  timer._owner.timerById?.delete(timer._id);
}

/** Node: a delay outside 1..2^31-1 (or not a number) becomes 1 ms. */
export function normalizeDelayMs(delay: unknown): number {
  const ms = Number(delay);
  if (!(ms >= 1 && ms <= 2147483647)) return 1;
  return ms;
}

function before(a: Timeout, b: Timeout): boolean {
  return a._dueMs < b._dueMs || (a._dueMs === b._dueMs && a._seq < b._seq);
}

export function heapPush(heap: Timeout[], timer: Timeout): void {
  const end = heap.length;
  let i = end;
  heap.push(timer);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(timer, heap[parent])) break;
    heap[i] = heap[parent];
    i = parent;
  }
  // Not stored twice when it stays at the end: each pointer store into the long-lived heap array
  // calls V8's write-barrier stub.
  if (i !== end) heap[i] = timer;
}

export function heapPop(heap: Timeout[]): Timeout | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return top;
  let i = 0;
  const n = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && before(heap[right], heap[left]) ? right : left;
    if (!before(heap[child], last)) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = last;
  return top;
}

/** After refresh() changed a timer's due time: re-establish the heap order. */
export function heapReorder(heap: Timeout[]): void {
  heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** The earliest active timer, dropping cleared ones from the top. */
export function heapPeekActive(heap: Timeout[]): Timeout | undefined {
  while (heap.length > 0 && !heap[0]._active) heapPop(heap);
  return heap[0];
}
