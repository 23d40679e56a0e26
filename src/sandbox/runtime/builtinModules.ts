// The Node.js built-ins the sandbox provides, each bound to the virtual clock and seeded
// randomness. Others fail like a missing module, with a note saying why.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { Buffer } from './bufferShim';
import { formatLog, inspect } from './formatLog';
import { createFsModule } from './fsModule';
import type { CurrentEnv } from './sandboxGlobals';
import { dirname, normalizePath } from './resolveModulePath';

export interface BuiltinGlobals {
  Promise: any;
  setTimeout: (cb: (...a: any[]) => void, ms?: number, ...args: any[]) => unknown;
  clearTimeout: (t: unknown) => void;
  setInterval: (cb: (...a: any[]) => void, ms?: number, ...args: any[]) => unknown;
  clearInterval: (t: unknown) => void;
  setImmediate: (cb: (...a: any[]) => void, ...args: any[]) => unknown;
  clearImmediate: (t: unknown) => void;
  crypto: Record<string, unknown>;
}

/** Node's built-in names: a require of one we lack gets a specific explanation. */
export const NODE_BUILTINS = new Set(
  'assert buffer child_process cluster crypto dgram dns events fs fs/promises http http2 https net os path perf_hooks process querystring readline stream string_decoder timers timers/promises tls tty url util v8 vm worker_threads zlib'.split(' '),
);

function createEvents(): any {
  class EventEmitter {
    _events: Map<string | symbol, ((...a: any[]) => void)[]> = new Map();
    on(name: string | symbol, fn: (...a: any[]) => void) {
      const list = this._events.get(name) ?? [];
      list.push(fn);
      this._events.set(name, list);
      return this;
    }
    addListener(name: string | symbol, fn: (...a: any[]) => void) {
      return this.on(name, fn);
    }
    once(name: string | symbol, fn: (...a: any[]) => void) {
      const wrapper = (...args: any[]) => {
        this.off(name, wrapper);
        fn.apply(this, args);
      };
      return this.on(name, wrapper);
    }
    off(name: string | symbol, fn: (...a: any[]) => void) {
      const list = this._events.get(name);
      if (list) list.splice(list.indexOf(fn) >>> 0, 1);
      return this;
    }
    removeListener(name: string | symbol, fn: (...a: any[]) => void) {
      return this.off(name, fn);
    }
    removeAllListeners(name?: string | symbol) {
      if (name === undefined) this._events.clear();
      else this._events.delete(name);
      return this;
    }
    emit(name: string | symbol, ...args: any[]) {
      const list = this._events.get(name);
      if (!list || list.length === 0) {
        if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${inspect(args[0])})`);
        return false;
      }
      for (const fn of [...list]) fn.apply(this, args);
      return true;
    }
    listenerCount(name: string | symbol) {
      return this._events.get(name)?.length ?? 0;
    }
  }
  return Object.assign(EventEmitter, { EventEmitter, default: EventEmitter });
}

function createPath(): any {
  const basename = (p: string, ext?: string) => {
    const base = p.replace(/\/+$/, '').split('/').pop() ?? '';
    return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
  };
  const extname = (p: string) => {
    const base = basename(p);
    const i = base.lastIndexOf('.');
    return i <= 0 ? '' : base.slice(i);
  };
  const normalize = (p: string) => (p.startsWith('/') ? normalizePath(p) : normalizePath(`/${p}`).slice(1) || '.');
  const path = {
    sep: '/',
    delimiter: ':',
    basename,
    extname,
    dirname: (p: string) => dirname(p),
    normalize,
    isAbsolute: (p: string) => p.startsWith('/'),
    join: (...parts: string[]) => normalize(parts.filter((s) => s !== '').join('/') || '.'),
    resolve: (...parts: string[]) => {
      let out = '/var/task';
      for (const part of parts) out = part.startsWith('/') ? part : `${out}/${part}`;
      return normalizePath(out);
    },
  };
  return { ...path, posix: path, default: path };
}

export function createBuiltin(name: string, g: BuiltinGlobals, host?: CurrentEnv): unknown {
  const P = g.Promise;
  switch (name) {
    case 'fs':
      return host ? createFsModule(host, g).fs : undefined;
    case 'fs/promises':
      return host ? createFsModule(host, g).promises : undefined;
    case 'crypto':
      return { ...g.crypto, webcrypto: g.crypto, default: g.crypto };
    case 'util': {
      const promisify = (fn: (...a: any[]) => void) => (...args: any[]) =>
        new P((resolve: any, reject: any) => fn(...args, (err: unknown, value: unknown) => (err ? reject(err) : resolve(value))));
      const util = {
        format: (...args: unknown[]) => formatLog(args),
        inspect,
        promisify,
        inherits: (ctor: any, superCtor: any) => Object.setPrototypeOf(ctor.prototype, superCtor.prototype),
        deprecate: (fn: unknown) => fn,
        types: { isPromise: (v: unknown) => v instanceof P },
        TextEncoder,
        TextDecoder,
      };
      return { ...util, default: util };
    }
    case 'timers': {
      const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = g;
      return { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };
    }
    case 'timers/promises':
      return {
        setTimeout: (ms?: number, value?: unknown) => new P((resolve: any) => g.setTimeout(resolve, ms, value)),
        setImmediate: (value?: unknown) => new P((resolve: any) => g.setImmediate(resolve, value)),
      };
    case 'buffer':
      return { Buffer, default: { Buffer } };
    case 'events':
      return createEvents();
    case 'path':
      return createPath();
    default:
      return undefined;
  }
}
