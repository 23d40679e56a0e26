// A binary min-heap of events ordered by (time, priority, insertion sequence), like SimPy's:
// equal-time events run in priority order, then first-scheduled first.

export interface QueuedEvent {
  t: number;
  priority: number;
  seq: number;
}

export class EventQueue<E extends QueuedEvent> {
  private heap: E[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  peekTime(): number {
    return this.heap.length ? this.heap[0].t : Infinity;
  }

  /** Priority of the earliest event (Infinity when empty). */
  peekPriority(): number {
    return this.heap.length ? this.heap[0].priority : Infinity;
  }

  push(event: E): void {
    event.seq = this.nextSeq++;
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(event, heap[parent])) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = event;
  }

  pop(): E | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop() as E;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
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
    }
    return top;
  }
}

function before(a: QueuedEvent, b: QueuedEvent): boolean {
  if (a.t !== b.t) return a.t < b.t;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}
