import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves only after the microtasks queued before it have run, in a later task', async () => {
    const order: string[] = [];
    const done = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('microtask'));
    void Promise.resolve().then(() => Promise.resolve().then(() => order.push('nested microtask')));
    await done;
    expect(order).toEqual(['microtask', 'nested microtask', 'next task']);
  });
});
