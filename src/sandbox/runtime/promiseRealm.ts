// A Promise whose jobs run on a queue we drain synchronously after every call into an
// environment (handlerHost.ts: "returns only after the environment's promise jobs are
// drained"). esbuild lowers async/await onto whatever `Promise` the module sees, so handing
// modules this class makes an `await` chain of any depth finish inside one engine call.
// Follows the ES spec's reaction/thenable-job structure, so orderings match native promises.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { installPromiseStatics } from './promiseStatics';
import { withFastProperties } from './fastProperties';

/** %GeneratorPrototype%: where every generator's next and throw live. */
const GeneratorPrototype = Object.getPrototypeOf(function* () {}.prototype) as Generator;

const PENDING = 0;
const FULFILLED = 1;
const REJECTED = 2;

const JOB_FULFILL = 0;
const JOB_REJECT = 1;
const JOB_THENABLE = 2;
const JOB_TASK = 3;

/** p === null: an internal reaction; f/r are called as f(value, tag) and must not throw. */
export interface Reaction {
  p: SandboxPromise | null;
  f: ((value: any, tag: any) => any) | undefined;
  r: ((reason: any, tag: any) => any) | undefined;
  tag: any;
}

export interface SandboxPromise {
  readonly _s: number;
  then(onFulfilled?: unknown, onRejected?: unknown): SandboxPromise;
}

export interface RealmHooks {
  /** A native promise the sandbox adopted settled; run `settle` inside the right environment. */
  runExternal(owner: unknown, settle: () => void): void;
  /** Which environment adopted a native promise (passed back to runExternal). */
  currentOwner(): unknown;
  /** A queueMicrotask / nextTick callback threw: an uncaught exception in Node. */
  uncaught(error: unknown): void;
}

export interface PromiseRealm {
  Promise: any;
  /** Run jobs until the queue is empty or `stop()` says the current environment died. */
  drain(stop: () => boolean): void;
  clearJobs(): void;
  enqueueTask(fn: () => void): void;
  /** Internal reaction: no derived promise is created; marks `promise` handled. */
  watch(promise: SandboxPromise, f: Reaction['f'], r: Reaction['r'], tag: any): void;
  /** Replaces esbuild's `__async` helper: same semantics as native await, no closures per call. */
  runAsync(thisArg: unknown, args: unknown, generator: (...a: any[]) => Generator): SandboxPromise;
  isPromise(value: unknown): value is SandboxPromise;
  /** Rejections that had no handler when the queue ran empty (then forgotten). */
  takeUnhandled(): unknown[];
  nativePending(): number;
}

export function createPromiseRealm(hooks: RealmHooks): PromiseRealm {
  const NativePromise = globalThis.Promise;
  // Jobs are 4 slots each; the array is reused without shrinking (setting length is not free).
  const queue: any[] = [];
  let head = 0;
  let tail = 0;
  let unhandled: any[] = [];
  let nativePendingCount = 0;
  const INTERNAL = {};

  function enqueue(type: number, a: any, b: any, c: any): void {
    queue[tail] = type;
    queue[tail + 1] = a;
    queue[tail + 2] = b;
    queue[tail + 3] = c;
    tail += 4;
  }

  function settle(p: any, state: number, value: any): void {
    if (p._s !== PENDING) return;
    p._s = state;
    p._v = value;
    const first = p._r1 as Reaction | null;
    const rest = p._rs as Reaction[] | null;
    p._r1 = null;
    p._rs = null;
    const type = state === FULFILLED ? JOB_FULFILL : JOB_REJECT;
    if (first === null) {
      if (state === REJECTED && !p._h) unhandled.push(p);
      return;
    }
    enqueue(type, first, value, null);
    if (rest !== null) for (let i = 0; i < rest.length; i++) enqueue(type, rest[i], value, null);
  }

  function resolveWith(p: any, x: any): void {
    if (p._s !== PENDING) return;
    if (x === p) return settle(p, REJECTED, new TypeError('Chaining cycle detected for promise #<Promise>'));
    if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return settle(p, FULFILLED, x);
    if (x instanceof NativePromise) return adoptNative(p, x);
    let then: any;
    try {
      then = x.then;
    } catch (error) {
      return settle(p, REJECTED, error);
    }
    if (typeof then !== 'function') return settle(p, FULFILLED, x);
    p._s = -1; // locked in: later resolve/reject calls are ignored (spec's alreadyResolved)
    enqueue(JOB_THENABLE, p, x, then);
  }

  function adoptNative(p: any, x: Promise<unknown>): void {
    p._s = -1;
    nativePendingCount++;
    const owner = hooks.currentOwner();
    const done = (state: number, value: unknown) => {
      nativePendingCount--;
      hooks.runExternal(owner, () => {
        p._s = PENDING;
        if (state === FULFILLED) resolveWith(p, value);
        else settle(p, REJECTED, value);
      });
    };
    NativePromise.prototype.then.call(
      x,
      (v) => done(FULFILLED, v),
      (e) => done(REJECTED, e),
    );
  }

  function addReaction(p: any, reaction: Reaction): void {
    const state = p._s;
    if (state === FULFILLED) enqueue(JOB_FULFILL, reaction, p._v, null);
    else if (state === REJECTED) {
      p._h = true;
      enqueue(JOB_REJECT, reaction, p._v, null);
    } else if (p._r1 === null) p._r1 = reaction;
    else if (p._rs === null) p._rs = [reaction];
    else p._rs.push(reaction);
    p._h = true;
  }

  function runReaction(reaction: Reaction, value: any, rejected: boolean): void {
    const derived = reaction.p as any;
    const handler = rejected ? reaction.r : reaction.f;
    if (derived === null) {
      if (handler !== undefined) handler(value, reaction.tag);
      return;
    }
    if (handler === undefined) {
      settle(derived, rejected ? REJECTED : FULFILLED, value);
      return;
    }
    let result: any;
    try {
      result = handler(value, reaction.tag);
    } catch (error) {
      settle(derived, REJECTED, error);
      return;
    }
    resolveWith(derived, result);
  }

  function runThenable(p: any, thenable: any, then: any): void {
    let called = false;
    const res = (v: any) => {
      if (called) return;
      called = true;
      p._s = PENDING;
      resolveWith(p, v);
    };
    const rej = (e: any) => {
      if (called) return;
      called = true;
      p._s = PENDING;
      settle(p, REJECTED, e);
    };
    try {
      then.call(thenable, res, rej);
    } catch (error) {
      rej(error);
    }
  }

  const SPromise: any = function Promise(this: any, executor: any) {
    if (!new.target) throw new TypeError("Promise constructor cannot be invoked without 'new'");
    this._s = PENDING;
    this._v = undefined;
    this._r1 = null;
    this._rs = null;
    this._h = false;
    if (executor === INTERNAL) return;
    if (typeof executor !== 'function') throw new TypeError(`Promise resolver ${String(executor)} is not a function`);
    // Inline anonymous arrows: a named closure costs a defineProperty under keepNames builds.
    let done = false;
    try {
      executor(
        (v: any) => {
          if (done) return;
          done = true;
          resolveWith(this, v);
        },
        (e: any) => {
          if (done) return;
          done = true;
          settle(this, REJECTED, e);
        },
      );
    } catch (error) {
      if (!done) {
        done = true;
        settle(this, REJECTED, error);
      }
    }
  };
  const proto = SPromise.prototype;
  proto.then = function then(onFulfilled: any, onRejected: any) {
    const derived = new SPromise(INTERNAL);
    addReaction(this, {
      p: derived,
      f: typeof onFulfilled === 'function' ? onFulfilled : undefined,
      r: typeof onRejected === 'function' ? onRejected : undefined,
      tag: 0,
    });
    return derived;
  };
  proto.catch = function (onRejected: any) {
    return this.then(undefined, onRejected);
  };
  proto.finally = function (onFinally: any) {
    if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
    return this.then(
      (v: any) => SPromise.resolve(onFinally()).then(() => v),
      (e: any) =>
        SPromise.resolve(onFinally()).then(() => {
          throw e;
        }),
    );
  };
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'Promise', configurable: true });
  for (const key of ['then', 'catch', 'finally']) Object.defineProperty(proto, key, { enumerable: false });

  installPromiseStatics(SPromise, INTERNAL, resolveWith, (p, e) => settle(p, REJECTED, e));
  withFastProperties(SPromise);
  withFastProperties(proto);

  // Every lowered async function has its own generator prototype, so `gen.next` read off the
  // object is a megamorphic load once a few async functions have run; the drivers call the one
  // intrinsic next/throw instead (only esbuild's lowered generators reach here, never user ones).
  const generatorNext = GeneratorPrototype.next as (this: Generator, value?: unknown) => IteratorResult<unknown>;
  const generatorThrow = GeneratorPrototype.throw as (this: Generator, error: unknown) => IteratorResult<unknown>;

  // The async driver doubles as its own (internal) reaction record: one await at a time.
  interface AsyncDriver extends Reaction {
    gen: Generator;
    out: any;
  }
  function asyncFulfilled(value: any, d: AsyncDriver): void {
    let r: IteratorResult<unknown>;
    try {
      r = generatorNext.call(d.gen, value);
    } catch (error) {
      settle(d.out, REJECTED, error);
      return;
    }
    asyncStep(d, r);
  }
  function asyncRejected(reason: any, d: AsyncDriver): void {
    let r: IteratorResult<unknown>;
    try {
      r = generatorThrow.call(d.gen, reason);
    } catch (error) {
      settle(d.out, REJECTED, error);
      return;
    }
    asyncStep(d, r);
  }
  function asyncStep(d: AsyncDriver, r: IteratorResult<unknown>): void {
    const v: any = r.value;
    if (r.done) return resolveWith(d.out, v);
    if (v instanceof SPromise) return addReaction(v, d);
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return enqueue(JOB_FULFILL, d, v, null);
    const wrapped = new SPromise(INTERNAL);
    resolveWith(wrapped, v);
    addReaction(wrapped, d);
  }
  function runAsync(thisArg: unknown, args: unknown, generator: (...a: any[]) => Generator): any {
    const out = new SPromise(INTERNAL);
    const d: AsyncDriver = { p: null, f: asyncFulfilled, r: asyncRejected, tag: null, gen: null as unknown as Generator, out };
    d.tag = d;
    let r: IteratorResult<unknown>;
    try {
      d.gen = generator.apply(thisArg, args as any[]);
      r = generatorNext.call(d.gen);
    } catch (error) {
      settle(out, REJECTED, error);
      return out;
    }
    asyncStep(d, r);
    return out;
  }

  function drain(stop: () => boolean): void {
    while (head < tail) {
      if (stop()) {
        clearQueue();
        return;
      }
      const type = queue[head];
      const a = queue[head + 1];
      const b = queue[head + 2];
      const c = queue[head + 3];
      head += 4;
      if (type === JOB_FULFILL) runReaction(a, b, false);
      else if (type === JOB_REJECT) runReaction(a, b, true);
      else if (type === JOB_THENABLE) runThenable(a, b, c);
      else {
        try {
          a();
        } catch (error) {
          hooks.uncaught(error);
        }
      }
      if (head > 65536) {
        queue.splice(0, head);
        tail -= head;
        head = 0;
      }
    }
    head = 0;
    tail = 0;
    if (queue.length > 4096) queue.length = 0; // a burst of jobs: let it be collected
  }

  function clearQueue(): void {
    queue.length = 0;
    head = 0;
    tail = 0;
  }

  return {
    Promise: SPromise,
    drain,
    clearJobs() {
      clearQueue();
      unhandled = [];
    },
    enqueueTask(fn) {
      enqueue(JOB_TASK, fn, null, null);
    },
    watch(promise, f, r, tag) {
      addReaction(promise, { p: null, f, r, tag });
    },
    runAsync,
    isPromise(value): value is SandboxPromise {
      return value instanceof SPromise;
    },
    takeUnhandled() {
      if (unhandled.length === 0) return unhandled;
      const still = unhandled.filter((p) => !p._h).map((p) => p._v);
      unhandled = [];
      return still;
    },
    nativePending: () => nativePendingCount,
  };
}
