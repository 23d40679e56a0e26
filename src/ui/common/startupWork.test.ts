import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

async function fresh() {
  return import('./startupWork');
}

describe('startupWork', () => {
  it('runs at once when no start-up work was registered', async () => {
    const { afterStartupWork } = await fresh();
    const fn = vi.fn();
    afterStartupWork(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits for registered work, failed or not, and runs once', async () => {
    const { afterStartupWork, startupWorkBegan } = await fresh();
    let finish = () => {};
    startupWorkBegan(new Promise<void>((resolve) => (finish = resolve)));
    startupWorkBegan(Promise.reject(new Error('compiler failed to start')));
    const fn = vi.fn();
    afterStartupWork(fn);
    await Promise.resolve();
    expect(fn).not.toHaveBeenCalled();
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the cap, and a cancel stops it', async () => {
    vi.useFakeTimers();
    const { afterStartupWork, startupWorkBegan } = await fresh();
    startupWorkBegan(new Promise<void>(() => {}));
    const late = vi.fn();
    const cancelled = vi.fn();
    afterStartupWork(late, 1000);
    const cancel = afterStartupWork(cancelled, 1000);
    cancel();
    vi.advanceTimersByTime(999);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
