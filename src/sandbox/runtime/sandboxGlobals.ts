// The virtual globals handed to every module as wrapper parameters. One set per host: each
// reads the environment currently running (host.cur), so creating an environment allocates
// none of them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { LogLevel } from '../../engine/handlerHost';
import type { BuiltinGlobals } from './builtinModules';
import { Buffer } from './bufferShim';
import { formatLog } from './formatLog';
import { jsonLogMembers } from './jsonLogMembers';
import { fillRandomBytes, nextRandom, nextUint32, seededUuid } from './seededRandom';
import type { SandboxEnv } from './sandboxEnvironment';
import { cancelTimer, Timeout } from './virtualTimers';
import { createVirtualDate } from './virtualDate';
import { hashFunctions } from './createHash';
import { withFastProperties } from './fastProperties';

export interface CurrentEnv {
  cur: SandboxEnv | null;
}

export interface SharedGlobals extends BuiltinGlobals {
  queueMicrotask: (fn: () => void) => void;
  Date: DateConstructor;
  performance: { now(): number; timeOrigin: number };
  Math: Math;
  console: Record<string, (...args: any[]) => void>;
  structuredClone: typeof structuredClone;
  fetch: (...args: unknown[]) => unknown;
}

function active(host: CurrentEnv, what: string): SandboxEnv {
  const env = host.cur;
  if (env === null) throw new Error(`${what} was called outside of a running Lambda environment`);
  return env;
}

function toTimer(env: SandboxEnv | null, handle: unknown): Timeout | undefined {
  if (handle instanceof Timeout) return handle;
  if (env !== null && (typeof handle === 'number' || typeof handle === 'string')) return env.timerById?.get(Number(handle));
  return undefined;
}

function createConsole(host: CurrentEnv): Record<string, (...args: any[]) => void> {
  const write = (level: LogLevel) =>
    function (...args: unknown[]) {
      const env = host.cur;
      if (!env) return;
      if (env.jsonLogs) env.writeLogMembers(level, jsonLogMembers(args, env.mapStack));
      else env.writeLog(level, formatLog(args, env.mapStack));
    };
  const counts = new WeakMap<SandboxEnv, Map<string, number>>();
  const timers = new WeakMap<SandboxEnv, Map<string, number>>();
  const table = <T>(map: WeakMap<SandboxEnv, Map<string, T>>, env: SandboxEnv) => {
    let m = map.get(env);
    if (!m) map.set(env, (m = new Map()));
    return m;
  };
  const console: Record<string, (...args: any[]) => void> = {
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
    debug: write('DEBUG'),
    // Lambda's Node.js runtime adds console.fatal (level FATAL).
    fatal: write('FATAL'),
    dir: (value: unknown) => host.cur?.writeLog('INFO', formatLog([value])),
    table: (value: unknown) => host.cur?.writeLog('INFO', formatLog([value])),
    trace: (...args: unknown[]) => {
      const stack = (new Error().stack ?? '').split('\n').slice(2).filter((l) => l.includes('/var/task/'));
      host.cur?.writeLog('TRACE', [`Trace: ${formatLog(args)}`, ...stack].join('\n'));
    },
    assert: (ok: unknown, ...args: unknown[]) => {
      if (!ok) host.cur?.writeLog('ERROR', `Assertion failed${args.length ? `: ${formatLog(args)}` : ''}`);
    },
    count: (label = 'default') => {
      const env = host.cur;
      if (!env) return;
      const m = table(counts, env);
      const n = (m.get(label) ?? 0) + 1;
      m.set(label, n);
      env.writeLog('INFO', `${label}: ${n}`);
    },
    countReset: (label = 'default') => host.cur && table(counts, host.cur).delete(label),
    time: (label = 'default') => host.cur && table(timers, host.cur).set(label, host.cur.now()),
    timeEnd: (label = 'default') => {
      const env = host.cur;
      const start = env ? table(timers, env).get(label) : undefined;
      if (!env || start === undefined) return;
      table(timers, env).delete(label);
      env.writeLog('INFO', `${label}: ${(env.now() - start).toFixed(3)}ms`);
    },
    timeLog: (label = 'default', ...args: unknown[]) => {
      const env = host.cur;
      const start = env ? table(timers, env).get(label) : undefined;
      if (!env || start === undefined) return;
      env.writeLog('INFO', `${label}: ${(env.now() - start).toFixed(3)}ms${args.length ? ' ' + formatLog(args) : ''}`);
    },
    group: () => undefined,
    groupEnd: () => undefined,
  };
  return console;
}

function createCrypto(host: CurrentEnv): Record<string, unknown> {
  return {
    ...hashFunctions,
    randomUUID: () => seededUuid(active(host, 'crypto.randomUUID')),
    getRandomValues: <T extends ArrayBufferView>(array: T): T => {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      fillRandomBytes(active(host, 'crypto.getRandomValues'), bytes);
      return array;
    },
    randomBytes: (size: number) => {
      const bytes = new Uint8Array(size);
      fillRandomBytes(active(host, 'crypto.randomBytes'), bytes);
      return Buffer.from(bytes.buffer);
    },
    randomInt: (min: number, max?: number) => {
      if (max === undefined) [min, max] = [0, min];
      return min + (nextUint32(active(host, 'crypto.randomInt')) % (max - min));
    },
  };
}

export function createSharedGlobals(host: CurrentEnv, P: any, fetch: SharedGlobals['fetch']): SharedGlobals {
  const math = Object.create(null) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(Math)) math[key] = (Math as any)[key];
  math.random = () => nextRandom(active(host, 'Math.random'));
  Object.defineProperty(math, Symbol.toStringTag, { value: 'Math' });
  Object.setPrototypeOf(math, Object.prototype);
  withFastProperties(math);

  const addTimer = (repeat: boolean) =>
    function (cb: any, ms?: unknown, ...args: any[]) {
      if (typeof cb !== 'function') {
        throw new TypeError(`The "callback" argument must be of type function. Received ${typeof cb}`);
      }
      return active(host, repeat ? 'setInterval' : 'setTimeout').addTimer(cb, ms, args.length ? args : null, repeat);
    };
  const clear = (handle: unknown) => {
    const timer = toTimer(host.cur, handle);
    if (timer) cancelTimer(timer);
  };
  return {
    Promise: P,
    setTimeout: addTimer(false),
    setInterval: addTimer(true),
    setImmediate: (cb: any, ...args: any[]) => active(host, 'setImmediate').addTimer(cb, -1, args.length ? args : null, false),
    clearTimeout: clear,
    clearInterval: clear,
    clearImmediate: clear,
    queueMicrotask: (fn: () => void) => active(host, 'queueMicrotask').queueMicrotask(fn),
    Date: withFastProperties(createVirtualDate(() => (host.cur === null ? 0 : Math.floor(host.cur.epochMs + host.cur.now())))),
    performance: {
      now: () => (host.cur === null ? 0 : host.cur.now() - host.cur.createdMs),
      timeOrigin: 0,
    },
    Math: math as unknown as Math,
    console: createConsole(host),
    crypto: createCrypto(host),
    structuredClone: globalThis.structuredClone,
    fetch,
  };
}
