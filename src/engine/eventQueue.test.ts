import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { EventQueue, type QueuedEvent } from './eventQueue';

interface TestEvent extends QueuedEvent {
  name: string;
}

const event = (name: string, t: number, priority = 0): TestEvent => ({ name, t, priority, seq: 0, slot: -1 });

describe('EventQueue', () => {
  it('pops by time, then priority, then the order of pushing, past its first capacity', () => {
    const rng = createRng(7, 'queue');
    const queue = new EventQueue<TestEvent>();
    const pushed: TestEvent[] = [];
    for (let i = 0; i < 500; i++) {
      const e = event(`e${i}`, Math.floor(rng.next() * 20), Math.floor(rng.next() * 3));
      pushed.push(e);
      queue.push(e);
    }
    const expected = pushed
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.t - b.e.t || a.e.priority - b.e.priority || a.i - b.i)
      .map(({ e }) => e.name);
    const popped: string[] = [];
    expect(queue.size).toBe(500);
    expect(queue.peekTime()).toBe(Math.min(...pushed.map((e) => e.t)));
    for (let e = queue.pop(); e; e = queue.pop()) popped.push(e.name);
    expect(popped).toEqual(expected);
    expect(queue.peekTime()).toBe(Infinity);
    expect(queue.peekPriority()).toBe(Infinity);
  });

  it('hands recycled records back, and queues a record again after it was popped', () => {
    const queue = new EventQueue<TestEvent>();
    expect(queue.takeSpare()).toBeUndefined();
    const a = queue.adopt(event('a', 5));
    queue.push(a);
    expect(queue.pop()).toBe(a);
    queue.recycle(a);
    const again = queue.takeSpare() as TestEvent;
    expect(again).toBe(a);
    again.t = 1;
    queue.push(again);
    queue.push(event('b', 2));
    expect(queue.pop()?.name).toBe('a');
    expect(queue.pop()?.name).toBe('b');
    expect(queue.adopted).toBe(2);
  });

  it('keeps the now lane first in first out while it wraps and grows', () => {
    const queue = new EventQueue<TestEvent>();
    const taken: string[] = [];
    let n = 0;
    // Never empty for long: the lane's tail reaches its end with taken entries before it.
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 7; i++) queue.pushNow(event(`n${n++}`, 0));
      for (let i = 0; i < 5; i++) taken.push(queue.takeNow().name);
    }
    while (queue.nowCount > 0) taken.push(queue.takeNow().name);
    expect(taken).toEqual(Array.from({ length: n }, (_, i) => `n${i}`));
  });
});
