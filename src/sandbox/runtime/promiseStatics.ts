// Promise.resolve/reject/all/allSettled/race/any/withResolvers for the sandbox Promise.
/* eslint-disable @typescript-eslint/no-explicit-any */

function toArray(iterable: any): any[] {
  if (iterable == null || typeof iterable[Symbol.iterator] !== 'function') {
    throw new TypeError(`${typeof iterable} ${String(iterable)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  return Array.from(iterable);
}

export function installPromiseStatics(
  P: any,
  INTERNAL: unknown,
  resolveWith: (p: any, x: any) => void,
  reject: (p: any, e: any) => void,
): void {
  const fresh = () => new P(INTERNAL);
  const define = (name: string, fn: (...args: any[]) => any) =>
    Object.defineProperty(P, name, { value: fn, writable: true, configurable: true, enumerable: false });

  define('resolve', function resolve(x: any) {
    if (x instanceof P) return x;
    const p = fresh();
    resolveWith(p, x);
    return p;
  });
  define('reject', function rejectStatic(e: any) {
    const p = fresh();
    reject(p, e);
    return p;
  });
  define('withResolvers', function withResolvers() {
    const p = fresh();
    let done = false;
    return {
      promise: p,
      resolve: (v: any) => {
        if (!done) {
          done = true;
          resolveWith(p, v);
        }
      },
      reject: (e: any) => {
        if (!done) {
          done = true;
          reject(p, e);
        }
      },
    };
  });

  // The combinators share one shape: subscribe to every item, settle once when `onItem` says so.
  function combine(
    iterable: any,
    onEmpty: (out: any) => void,
    onItem: (out: any, results: any[], index: number, value: any, ok: boolean, left: { n: number }) => void,
  ): any {
    const out = fresh();
    let items: any[];
    try {
      items = toArray(iterable);
    } catch (error) {
      reject(out, error);
      return out;
    }
    const results: any[] = new Array(items.length);
    const left = { n: items.length };
    if (items.length === 0) onEmpty(out);
    for (let i = 0; i < items.length; i++) {
      P.resolve(items[i]).then(
        (v: any) => onItem(out, results, i, v, true, left),
        (e: any) => onItem(out, results, i, e, false, left),
      );
    }
    return out;
  }

  define('all', function all(iterable: any) {
    return combine(
      iterable,
      (out) => resolveWith(out, []),
      (out, results, i, v, ok, left) => {
        if (!ok) return reject(out, v);
        results[i] = v;
        if (--left.n === 0) resolveWith(out, results);
      },
    );
  });
  define('allSettled', function allSettled(iterable: any) {
    return combine(
      iterable,
      (out) => resolveWith(out, []),
      (out, results, i, v, ok, left) => {
        results[i] = ok ? { status: 'fulfilled', value: v } : { status: 'rejected', reason: v };
        if (--left.n === 0) resolveWith(out, results);
      },
    );
  });
  define('race', function race(iterable: any) {
    return combine(
      iterable,
      () => undefined,
      (out, _results, _i, v, ok) => (ok ? resolveWith(out, v) : reject(out, v)),
    );
  });
  define('any', function any(iterable: any) {
    const allRejected = (errors: any[]) => new AggregateError(errors, 'All promises were rejected');
    return combine(
      iterable,
      (out) => reject(out, allRejected([])),
      (out, results, i, v, ok, left) => {
        if (ok) return resolveWith(out, v);
        results[i] = v;
        if (--left.n === 0) reject(out, allRejected(results));
      },
    );
  });
}
