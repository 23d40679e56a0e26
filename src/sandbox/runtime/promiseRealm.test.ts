import { describe, expect, it } from 'vitest';
import { createPromiseRealm } from './promiseRealm';

function realm() {
  const externals: (() => void)[] = [];
  const uncaught: unknown[] = [];
  const r = createPromiseRealm({
    currentOwner: () => 'env',
    runExternal: (_owner, settle) => {
      settle();
      externals.push(settle);
    },
    uncaught: (e) => uncaught.push(e),
  });
  return { r, externals, uncaught };
}

/** Runs `body(P, log)` with native promises and with the sandbox realm; returns both logs. */
async function bothOrders(body: (P: PromiseConstructor, log: (s: unknown) => void, tick: (fn: () => void) => void) => void) {
  const nativeLog: unknown[] = [];
  body(Promise, (s) => nativeLog.push(s), queueMicrotask);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { r } = realm();
  const sandboxLog: unknown[] = [];
  body(r.Promise, (s) => sandboxLog.push(s), (fn) => r.enqueueTask(fn));
  r.drain(() => false);
  return { nativeLog, sandboxLog };
}

describe('sandbox Promise', () => {
  it('orders reactions, thenables and microtasks like native promises', async () => {
    const { nativeLog, sandboxLog } = await bothOrders((P, log, tick) => {
      const thenable = { then: (res: (v: string) => void) => res('thenable') };
      P.resolve(1).then((v) => log(`a${v}`)).then(() => log('a2'));
      P.resolve(thenable).then(log);
      new P((res) => res(P.resolve('nested'))).then(log);
      P.reject(new Error('x')).catch(() => log('caught')).finally(() => log('finally'));
      tick(() => log('tick'));
      P.all([1, P.resolve(2), thenable]).then((v) => log(`all:${v}`));
      P.allSettled([P.reject(1), 2]).then((v) => log(JSON.stringify(v)));
      P.race([new P(() => undefined), P.resolve('race')]).then(log);
      P.any([P.reject(1), P.resolve('any')]).then(log);
      P.any([P.reject(1)]).catch((e: AggregateError) => log(`${e.constructor.name}:${e.errors}`));
      log('sync');
    });
    expect(sandboxLog).toEqual(nativeLog);
    expect(sandboxLog[0]).toBe('sync');
  });

  it('drains deep chains synchronously', () => {
    const { r } = realm();
    let p = r.Promise.resolve(0);
    for (let i = 0; i < 10_000; i++) p = p.then((v: number) => v + 1);
    let result = -1;
    p.then((v: number) => (result = v));
    expect(result).toBe(-1);
    r.drain(() => false);
    expect(result).toBe(10_000);
  });

  it('runs lowered async functions through runAsync', () => {
    const { r } = realm();
    const results: unknown[] = [];
    function* body(this: unknown, x: number): Generator<unknown, number, number> {
      const a = yield r.Promise.resolve(x);
      const b = yield a + 1;
      try {
        yield r.Promise.reject(new Error('inner'));
      } catch (e) {
        results.push((e as Error).message);
      }
      return b * 2;
    }
    r.runAsync(null, [1], body).then((v: unknown) => results.push(v));
    r.drain(() => false);
    expect(results).toEqual(['inner', 4]);
  });

  it('reports unhandled rejections that stay unhandled after a drain', () => {
    const { r } = realm();
    r.Promise.reject(new Error('lost'));
    const handledLater = r.Promise.reject(new Error('handled'));
    handledLater.catch(() => undefined);
    r.drain(() => false);
    const unhandled = r.takeUnhandled() as Error[];
    expect(unhandled.map((e) => e.message)).toEqual(['lost']);
  });

  it('adopts native promises as pending external work', async () => {
    const { r, externals } = realm();
    let value: unknown = null;
    r.Promise.resolve(Promise.resolve('native')).then((v: unknown) => (value = v));
    r.drain(() => false);
    expect(r.nativePending()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(r.nativePending()).toBe(0);
    expect(externals.length).toBe(1);
    r.drain(() => false);
    expect(value).toBe('native');
  });

  it('stops draining when told the environment died', () => {
    const { r } = realm();
    const seen: number[] = [];
    r.Promise.resolve().then(() => seen.push(1)).then(() => seen.push(2));
    r.drain(() => seen.length > 0);
    expect(seen).toEqual([1]);
  });
});
