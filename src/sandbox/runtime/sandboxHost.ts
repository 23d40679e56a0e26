// HandlerHost implementation that runs every environment in the calling thread (the engine's).
// Used directly by Node (CLI, tests) and inside the browser's sandbox worker.
import type { EnvironmentKernel, EnvironmentSpec, HandlerHost } from '../../engine/handlerHost';
import type { CompiledFiles } from '../compile/compiledTypes';
import { Buffer } from './bufferShim';
import { createBuiltin } from './builtinModules';
import { createAwsSdkModule } from './awsSdk/createAwsSdkModule';
import { compileModuleFunction, SHARED_PARAMS, type ModuleFunction } from './moduleWrapper';
import { ASYNC_HELPER } from '../compile/hookNames';
import { createPromiseRealm, type PromiseRealm } from './promiseRealm';
import { createSharedGlobals, type SharedGlobals } from './sandboxGlobals';
import { SandboxEnv } from './sandboxEnvironment';
import { createSandboxFetch, type NativeFetch } from '../network/createSandboxFetch';
import { NETWORK_OFF, type NetworkGrant } from '../network/networkGrant';

export interface SandboxHostOptions {
  /** The compiled code for an environment's files (compile/compileFunctionFiles.ts). */
  compiledFor(spec: EnvironmentSpec): CompiledFiles;
  /** Extra modules require() can load, e.g. SDK shims: name -> exports factory. */
  extraModules?: Record<string, (globals: SharedGlobals) => unknown>;
  /** cpu 'ignored': loop checks allowed per slice before the invoke times out. */
  loopCheckCap?: number;
  /** Wall-clock cap per slice in either mode, so a stuck loop never hangs the thread long. */
  maxSliceWallMs?: number;
  /** Real time for CPU measurement; defaults to performance.now. */
  realNow?: () => number;
  /** Network for handler `fetch` in this run; default off (network/networkGrant.ts). */
  network?: NetworkGrant;
  /** The real fetch used when the grant allows a URL; defaults to the thread's own fetch. */
  nativeFetch?: NativeFetch | null;
}

function threadFetch(): NativeFetch | null {
  const f = globalThis.fetch;
  return typeof f === 'function' ? (url, init) => f.call(globalThis, url, init) : null;
}

const CHECK_INTERVAL = 1024;
const FIRST_CHECK_INTERVAL = 16;

export class SandboxHost implements HandlerHost {
  readonly realm: PromiseRealm;
  readonly shared: SharedGlobals;
  readonly sharedArgs: unknown[];
  readonly check: () => void;
  readonly realNow: () => number;
  cur: SandboxEnv | null = null;
  private checksLeft = CHECK_INTERVAL;
  /** Checks between clock readings: shrinks when iterations are slow (a loop that allocates
   * megabytes per turn must be stopped within its budget, not after 1,024 slow turns). */
  private interval = CHECK_INTERVAL;
  private lastCheckWallMs = -1;
  private sliceChecks = 0;
  private sliceWallStartMs = 0;
  private readonly options: SandboxHostOptions;
  private readonly loopCheckCap: number;
  private readonly maxSliceWallMs: number;
  private readonly functionsByFiles = new WeakMap<CompiledFiles, Map<string, ModuleFunction>>();
  private readonly builtins = new Map<string, unknown>();
  private readonly globalBase: Record<string, unknown>;

  constructor(options: SandboxHostOptions) {
    this.options = options;
    this.loopCheckCap = options.loopCheckCap ?? 50_000_000;
    this.maxSliceWallMs = options.maxSliceWallMs ?? 2_000;
    this.realNow = options.realNow ?? (() => performance.now());
    this.realm = createPromiseRealm({
      currentOwner: () => this.cur,
      runExternal: (owner, settle) => {
        const env = owner as SandboxEnv | null;
        if (env === null || env.dead || this.cur !== null) {
          settle();
          if (this.cur === null) this.realm.drain(() => true);
          return;
        }
        env.runExternal(settle);
      },
      uncaught: (error) => this.cur?.crash(this.cur.errorPayload(error)),
    });
    const fetch = createSandboxFetch(this, this.realm.Promise, {
      grant: options.network ?? NETWORK_OFF,
      nativeFetch: options.nativeFetch === undefined ? threadFetch() : options.nativeFetch,
      realNow: this.realNow,
    });
    this.shared = createSharedGlobals(this, this.realm.Promise, fetch);
    const values: Record<string, unknown> = { ...this.shared, Buffer, [ASYNC_HELPER]: this.realm.runAsync };
    this.sharedArgs = SHARED_PARAMS.map((name) => values[name]);
    this.check = () => {
      if (--this.checksLeft < 0) this.checkSlow();
    };
    // globalThis inside user code: the virtual globals first, then the real ones.
    this.globalBase = Object.create(globalThis);
    for (const name of SHARED_PARAMS) {
      if (name === ASYNC_HELPER) continue;
      Object.defineProperty(this.globalBase, name, { value: values[name], writable: true, configurable: true });
    }
  }

  createEnvironment(spec: EnvironmentSpec, kernel: EnvironmentKernel): SandboxEnv {
    return new SandboxEnv(this, spec, kernel, this.options.compiledFor(spec));
  }

  hasPendingExternalWork(): boolean {
    return this.realm.nativePending() > 0;
  }

  createGlobalObject(process: Record<string, unknown>): Record<string, unknown> {
    const g = Object.create(this.globalBase) as Record<string, unknown>;
    for (const [name, value] of [['process', process], ['globalThis', g], ['global', g]] as const) {
      Object.defineProperty(g, name, { value, writable: true, configurable: true });
    }
    return g;
  }

  moduleFunction(files: CompiledFiles, path: string): ModuleFunction {
    let cache = this.functionsByFiles.get(files);
    if (!cache) this.functionsByFiles.set(files, (cache = new Map()));
    let fn = cache.get(path);
    if (!fn) {
      const file = files[path];
      if (file.kind !== 'js') throw new Error(`internal: ${path} is not JavaScript`);
      fn = compileModuleFunction(file.body, path);
      cache.set(path, fn);
    }
    return fn;
  }

  builtin(name: string): unknown {
    if (this.builtins.has(name)) return this.builtins.get(name);
    const extra = this.options.extraModules?.[name];
    const value = extra ? extra(this.shared) : (createBuiltin(name, this.shared, this) ?? createAwsSdkModule(name, this));
    this.builtins.set(name, value);
    return value;
  }

  makeCallback(env: SandboxEnv, seq: number): (error?: unknown, result?: unknown) => void {
    return (error, result) => env.finishFromContext(seq, error ?? null, result);
  }

  enterSlice(env: SandboxEnv): void {
    this.cur = env;
    // Start reading the clock often; fast loops double the interval back up within microseconds.
    this.interval = FIRST_CHECK_INTERVAL;
    this.lastCheckWallMs = -1;
    this.checksLeft = FIRST_CHECK_INTERVAL;
    this.sliceChecks = 0;
    this.sliceWallStartMs = -1; // taken at the first slow check: most slices never loop long
  }

  exitSlice(): void {
    this.cur = null;
  }

  /**
   * The loop budget, charged per promise job and per timer callback too: `async function f() {
   * await null; return f(); }` or a setImmediate chain never enters a loop but never ends either.
   * True when the running environment just ran out (it is then dead).
   */
  jobTick(): boolean {
    if (--this.checksLeft >= 0) return false;
    try {
      this.checkSlow();
      return false;
    } catch {
      return true;
    }
  }

  private checkSlow(): void {
    const env = this.cur;
    if (env === null) {
      this.checksLeft = CHECK_INTERVAL;
      return;
    }
    if (!env.tripped) {
      const wallNow = this.realNow();
      if (this.sliceWallStartMs < 0) this.sliceWallStartMs = wallNow;
      this.sliceChecks += this.interval;
      if (this.lastCheckWallMs >= 0) {
        const windowMs = wallNow - this.lastCheckWallMs;
        if (windowMs > 2) this.interval = Math.max(1, this.interval >> 3);
        else if (windowMs < 0.25) this.interval = Math.min(CHECK_INTERVAL, this.interval << 1);
      }
      this.lastCheckWallMs = wallNow;
      this.checksLeft = this.interval;
      const overBudget = env.measured ? env.now() > env.activeDeadlineMs : this.sliceChecks > this.loopCheckCap;
      if (!overBudget && wallNow - this.sliceWallStartMs <= this.maxSliceWallMs) return;
      env.trip();
      this.checksLeft = -1;
    }
    throw new Error('Task timed out: the loop ran past the function timeout');
  }
}
