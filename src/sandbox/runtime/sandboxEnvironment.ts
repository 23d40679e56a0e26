// One Lambda execution environment: its own module instances, timers, clock, randomness and
// process object, sharing the host's thread, Promise realm and virtual globals.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type {
  EnvironmentKernel,
  EnvironmentSpec,
  ErrorPayload,
  InvokeRequest,
  LogLevel,
  SandboxEnvironment,
  ServiceRequest,
  ServiceResponse,
} from '../../engine/handlerHost';
import type { CompiledFiles } from '../compile/compiledTypes';
import { CALLBACK_HANDLER_REMOVED, runtimeError, timeoutError, toErrorPayload, unhandledRejectionError } from './errorPayload';
import { remapStack } from './remapStack';
import { LambdaContext } from './lambdaContext';
import { handlerTakesContext } from './handlerTakesContext';
import { toJsonValue } from './toJsonValue';
import { initErrorPayload, loadHandlerModule, resolveHandlerFunction, type ModuleRecord } from './moduleLoader';
import { createProcess } from './processObject';
import type { SandboxHost } from './sandboxHost';
import { seedRandomState } from './seededRandom';
import { readOnlyFile } from './readOnlyFile';
import { TmpFileSystem } from './tmpFileSystem';
import { ServiceCalls } from './serviceCalls';
import type { SandboxPromise } from './promiseRealm';
import { heapPeekActive, heapPop, heapPush, heapReorder, normalizeDelayMs, Timeout } from './virtualTimers';

/** Lambda's Init phase limit. */
export const INIT_LIMIT_MS = 10_000;

type Phase = 'new' | 'init' | 'idle' | 'invoke' | 'dead';

export class SandboxEnv implements SandboxEnvironment {
  /** Seeded generator state (RandomState). */
  readonly rand = new Int32Array(4);
  // TimerOwner
  refTimers = 0;
  timerById: Map<number, Timeout> | null = null;
  readonly heap: Timeout[] = [];
  private timerSeq = 0;

  readonly host: SandboxHost;
  readonly spec: EnvironmentSpec;
  readonly kernel: EnvironmentKernel;
  readonly files: CompiledFiles;
  readonly modules = new Map<string, ModuleRecord>();
  readonly process: Record<string, unknown>;
  /** /tmp (kept across warm invokes and handed to the next instance after a reset). */
  readonly tmp: TmpFileSystem;
  readonly globalObject: Record<string, unknown>;
  readonly functionName: string;
  readonly memoryLimitInMB: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  readonly nodeMajor: string;
  readonly measured: boolean;
  /** LoggingConfig.LogFormat is JSON: console lines go to the kernel as JSON members. */
  readonly jsonLogs: boolean;
  /** Date.now() = epochMs + virtual ms. */
  readonly epochMs: number;
  createdMs = 0;

  /** Virtual time at the start of the running slice (or the end of the last one). */
  clockMs = 0;
  sliceRealStartMs = 0;
  phase: Phase = 'new';
  frozen = true;
  dead = false;
  tripped = false;
  /** The kernel's deadline for the work now running (init limit or invoke deadline). */
  activeDeadlineMs = Infinity;
  private wakeRequestedMs = Infinity;
  private pendingCrash: ErrorPayload | null = null;

  handlerModule: unknown = undefined;
  handlerFn: ((...args: any[]) => any) | null = null;
  /** The handler can see its context (handlerTakesContext): only then is one built per invoke. */
  private takesContext = true;
  private tlaPending = 0;
  private seq = 0;
  /** The request id copied at invoke() from a kernel that cannot give it later (currentRequestId). */
  private requestId = '';
  private deadlineMs = 0;
  private context: LambdaContext | null = null;
  private callbackDone: { error: unknown; result: unknown } | null = null;
  /** The thaw (overdue timers) runs before the handler; only then can the loop be "empty". */
  private handlerCalled = false;
  /** AWS SDK calls in flight (awsSdk/). */
  private calls: ServiceCalls | null = null;
  private moduleBytes = 0;
  private moduleBytesFor = -1;
  readonly stopDrain = () => this.dead || this.host.jobTick();
  readonly mapStack = (stack: string) => remapStack(stack, this.files);
  readonly onHandlerFulfilled = (value: unknown, seq: number) => this.finishInvoke(seq, true, value);
  readonly onHandlerRejected = (error: unknown, seq: number) => this.finishInvoke(seq, false, error);
  readonly trackTopLevelAwait = (promise: unknown) => this.watchTopLevelAwait(promise);

  constructor(host: SandboxHost, spec: EnvironmentSpec, kernel: EnvironmentKernel, files: CompiledFiles) {
    this.host = host;
    this.spec = spec;
    this.kernel = kernel;
    this.files = files;
    this.functionName = spec.functionName;
    this.memoryLimitInMB = String(spec.memoryMB);
    this.logGroupName = `/aws/lambda/${spec.functionName}`;
    this.logStreamName = spec.logStreamName;
    this.nodeMajor = /nodejs(\d+)/.exec(spec.runtime)?.[1] ?? '22';
    this.measured = spec.cpu === 'measured';
    this.jsonLogs = spec.logFormat === 'JSON';
    this.epochMs = spec.epochMs ?? 0;
    seedRandomState(this, spec.seed);
    this.process = createProcess(this, spec);
    this.tmp = new TmpFileSystem(spec.ephemeralStorageMB * 1024 * 1024, (path) => readOnlyFile(spec, path), spec.inherited);
    this.globalObject = host.createGlobalObject(this.process);
  }

  // ---- virtual time ----------------------------------------------------------------------

  now(): number {
    if (!this.measured || this.host.cur !== this) return this.clockMs;
    return this.clockMs + (this.host.realNow() - this.sliceRealStartMs) * this.spec.cpuScale;
  }

  private enter(nowMs: number): void {
    if (nowMs > this.clockMs) this.clockMs = nowMs;
    this.host.enterSlice(this);
    if (this.measured) this.sliceRealStartMs = this.host.realNow();
  }

  private leave(): void {
    this.settle();
    if (this.tripped && this.phase !== 'dead') this.reportTimeout();
    if (this.measured) this.clockMs = this.now();
    this.host.exitSlice();
    if (!this.frozen && !this.dead) {
      const next = heapPeekActive(this.heap);
      if (next !== undefined && next._dueMs < this.wakeRequestedMs) {
        this.wakeRequestedMs = next._dueMs;
        this.kernel.requestWake(next._dueMs);
      }
    }
  }

  /** Node's loop within one instant: drain jobs, then run due timers one by one, draining after each. */
  private settle(): void {
    const realm = this.host.realm;
    for (;;) {
      realm.drain(this.stopDrain);
      if (this.dead) return;
      const unhandled = realm.takeUnhandled();
      if (unhandled.length > 0) return this.crash(unhandledRejectionError(unhandled[0]));
      if (this.frozen) return;
      const next = heapPeekActive(this.heap);
      if (next === undefined || next._dueMs > this.now()) break;
      if (this.host.jobTick()) return;
      this.fireTimer(next);
    }
    // The event loop is empty while the invoke is still open: Lambda's runtime answers from its
    // 'beforeExit' listener, with the callback's value if one was given, else null (so a promise
    // that can never settle returns null at once, while one waiting on a timer times out).
    if (this.phase === 'invoke' && this.handlerCalled && this.refTimers === 0 && realm.nativePending() === 0) {
      const done = this.callbackDone ?? { error: null, result: null };
      this.finishInvoke(this.seq, done.error == null, done.error == null ? done.result : done.error);
    }
  }

  errorPayload(error: unknown): ErrorPayload {
    return toErrorPayload(error, this.mapStack);
  }

  // ---- timers ----------------------------------------------------------------------------

  addTimer(cb: (...args: any[]) => void, ms: unknown, args: any[] | null, repeat: boolean): Timeout {
    const delayMs = ms === -1 ? 0 : normalizeDelayMs(ms);
    const timer = new Timeout(this, ++this.timerSeq, cb, args, delayMs, repeat);
    timer._dueMs = this.now() + delayMs;
    timer._seq = this.timerSeq;
    this.refTimers++;
    heapPush(this.heap, timer);
    return timer;
  }

  rescheduleTimer(timer: Timeout): void {
    timer._dueMs = this.now() + timer._delayMs;
    timer._seq = ++this.timerSeq;
    heapReorder(this.heap);
  }

  private fireTimer(timer: Timeout): void {
    heapPop(this.heap);
    if (timer._repeatMs >= 0) {
      timer._dueMs = this.now() + timer._repeatMs;
      timer._seq = ++this.timerSeq;
      heapPush(this.heap, timer);
    } else {
      timer._active = false;
      if (timer._ref) this.refTimers--;
      this.timerById?.delete(timer._id);
    }
    try {
      const args = timer._args;
      if (args === null) timer._cb.call(timer);
      else Reflect.apply(timer._cb, timer, args);
    } catch (error) {
      if (!this.dead) this.crash(this.errorPayload(error));
    }
  }

  queueMicrotask(fn: () => void): void {
    if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
    this.host.realm.enqueueTask(fn);
  }

  nextTick(fn: (...args: unknown[]) => void, args: unknown[]): void {
    this.host.realm.enqueueTask(args.length === 0 ? fn : () => fn(...args));
  }

  /** A text line; in JSON format it becomes the line's "message". */
  writeLog(level: LogLevel, message: string): void {
    if (!this.dead) this.kernel.log(this.now(), level, this.jsonLogs ? JSON.stringify({ message }) : message);
  }

  /** JSON format only: the line's members as a JSON object text (jsonLogMembers.ts). */
  writeLogMembers(level: LogLevel, members: string): void {
    if (!this.dead) this.kernel.log(this.now(), level, members);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  init(nowMs: number): void {
    this.phase = 'init';
    this.frozen = false;
    this.createdMs = nowMs;
    this.enter(nowMs);
    this.activeDeadlineMs = this.clockMs + INIT_LIMIT_MS;
    try {
      this.handlerModule = loadHandlerModule(this);
    } catch (error) {
      if (!this.dead) this.failInit(initErrorPayload(error, this.mapStack));
    }
    if (this.phase === 'init' && this.tlaPending === 0) this.finishInit();
    this.leave();
  }

  private watchTopLevelAwait(promise: unknown): void {
    const realm = this.host.realm;
    if (!realm.isPromise(promise)) return;
    this.tlaPending++;
    realm.watch(
      promise,
      () => {
        if (--this.tlaPending === 0 && this.phase === 'init') this.finishInit();
      },
      (error) => {
        if (this.phase === 'init') this.failInit(initErrorPayload(error, this.mapStack));
      },
      0,
    );
  }

  private finishInit(): void {
    try {
      this.handlerFn = resolveHandlerFunction(this, this.handlerModule);
    } catch (error) {
      return this.failInit(initErrorPayload(error, this.mapStack));
    }
    this.takesContext = handlerTakesContext(this.handlerFn);
    if (Number(this.nodeMajor) >= 24 && this.handlerFn.length >= 3) {
      return this.failInit(runtimeError('Runtime.CallbackHandlerDeprecated', CALLBACK_HANDLER_REMOVED));
    }
    this.phase = 'idle';
    this.freeze();
    this.activeDeadlineMs = Infinity;
    this.kernel.initDone(this.now(), { ok: true });
  }

  private failInit(error: ErrorPayload): void {
    const atMs = this.now();
    this.kill();
    this.kernel.initDone(atMs, { ok: false, error });
  }

  private freeze(): void {
    this.frozen = true;
    // The engine forgets wake requests of a frozen environment; ask again after the thaw.
    this.wakeRequestedMs = Infinity;
  }

  invoke(nowMs: number, request: InvokeRequest): void {
    if (this.dead || this.phase !== 'idle') {
      const error = this.pendingCrash ?? runtimeError('Runtime.ExitError', `RequestId: ${request.requestId} Error: Runtime exited without providing a reason`);
      this.kernel.invokeDone(nowMs, { ok: false, status: 'crash', error });
      return;
    }
    const seq = ++this.seq;
    this.phase = 'invoke';
    this.frozen = false;
    this.requestId = this.kernel.currentRequestId ? '' : request.requestId;
    this.deadlineMs = request.deadlineMs;
    this.activeDeadlineMs = request.deadlineMs;
    this.callbackDone = null;
    this.handlerCalled = false;
    this.enter(nowMs);
    // Thaw: timers that came due while frozen run before the handler, as Node's timer phase
    // runs before the poll phase that receives the next invocation.
    this.settle();
    if (this.phase === 'invoke' && !this.dead) this.callHandler(request, seq);
    this.leave();
  }

  private callHandler(request: InvokeRequest, seq: number): void {
    const fn = this.handlerFn as (...args: any[]) => any;
    const context = this.takesContext ? new LambdaContext(this, request, seq) : null;
    this.handlerCalled = true;
    this.context = context;
    const realm = this.host.realm;
    let result: any;
    try {
      if (context === null) result = fn(request.event);
      else result = fn.length >= 3 ? fn(request.event, context, this.host.makeCallback(this, seq)) : fn(request.event, context);
    } catch (error) {
      if (!this.dead) this.finishInvoke(seq, false, error);
      return;
    }
    if (realm.isPromise(result)) realm.watch(result, this.onHandlerFulfilled, this.onHandlerRejected, seq);
    else if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      realm.watch(this.host.realm.Promise.resolve(result), this.onHandlerFulfilled, this.onHandlerRejected, seq);
    } else if (Number(this.nodeMajor) >= 24) {
      this.finishInvoke(seq, true, result);
    }
    // nodejs22.x and earlier ignore a non-promise return value: the answer comes from the
    // callback, or is null once the event loop is empty (see settle()).
  }

  /** The callback (and context.succeed/fail/done): respond now or when the event loop is empty. */
  finishFromContext(seq: number, error: unknown, result: unknown): void {
    if (seq !== this.seq || this.phase !== 'invoke' || this.callbackDone !== null) return;
    if (this.context?.callbackWaitsForEmptyEventLoop === false) this.finishInvoke(seq, error == null, error == null ? result : error);
    else this.callbackDone = { error, result };
  }

  finishInvoke(seq: number, ok: boolean, value: unknown): void {
    if (seq !== this.seq || this.phase !== 'invoke' || this.dead) return;
    let outcome: Parameters<EnvironmentKernel['invokeDone']>[1];
    if (ok) {
      try {
        outcome = { ok: true, payload: toJsonValue(value) };
      } catch (error) {
        outcome = { ok: false, status: 'error', error: this.errorPayload(error) };
      }
    } else {
      outcome = { ok: false, status: 'error', error: this.errorPayload(value) };
    }
    const atMs = this.now();
    this.phase = 'idle';
    this.context = null;
    this.callbackDone = null;
    this.activeDeadlineMs = Infinity;
    this.freeze();
    this.kernel.invokeDone(atMs, outcome);
  }

  /** An uncaught exception or unhandled rejection: Lambda's runtime reports it and exits. */
  crash(error: ErrorPayload): void {
    if (this.dead) return;
    const atMs = this.now();
    const phase = this.phase;
    this.kill();
    if (phase === 'init') this.kernel.initDone(atMs, { ok: false, error });
    else if (phase === 'invoke') this.kernel.invokeDone(atMs, { ok: false, status: 'crash', error });
    else this.pendingCrash = error;
  }

  /** process.exit() */
  exit(code: number): void {
    this.crash(runtimeError('Runtime.ExitError', `RequestId: ${this.currentRequestId()} Error: Runtime exited with error: exit status ${code}`));
  }

  /** The loop budget ran out: from now on every check throws (see SandboxHost.checkSlow). */
  trip(): void {
    this.tripped = true;
    this.dead = true;
  }

  private currentRequestId(): string {
    return this.kernel.currentRequestId?.() ?? this.requestId;
  }

  private reportTimeout(): void {
    const phase = this.phase;
    this.kill();
    if (phase === 'invoke') {
      this.kernel.invokeDone(this.deadlineMs, { ok: false, status: 'timeout', error: timeoutError(this.currentRequestId(), this.spec.timeoutMs) });
    } else if (phase === 'init') {
      this.kernel.initDone(this.activeDeadlineMs, { ok: false, error: timeoutError('init', INIT_LIMIT_MS) });
    }
  }

  private kill(): void {
    this.dead = true;
    this.phase = 'dead';
    this.frozen = true;
    this.heap.length = 0;
    this.refTimers = 0;
    this.timerById = null;
    this.calls?.clear();
    if (this.host.cur === this) this.host.realm.clearJobs();
  }

  wake(nowMs: number): void {
    if (this.frozen || this.dead) return;
    if (nowMs >= this.wakeRequestedMs) this.wakeRequestedMs = Infinity;
    this.enter(nowMs);
    this.leave();
  }

  /** Run a native promise's settlement (hasPendingExternalWork) inside this environment. */
  runExternal(settle: () => void): void {
    this.enter(this.clockMs);
    settle();
    this.leave();
  }

  // ---- AWS SDK calls (awsSdk/) -----------------------------------------------------------

  callService(request: ServiceRequest): SandboxPromise {
    this.calls ??= new ServiceCalls(this.spec.seed);
    const promise = this.calls.start(this.host.realm, this.kernel, this.now(), request);
    // An in-flight request holds a ref'd socket in Node: the event loop is not empty until it answers.
    this.refTimers++;
    return promise;
  }

  completeCall(nowMs: number, callId: number, response: ServiceResponse): void {
    if (this.dead || this.calls === null || !this.calls.has(callId)) return;
    this.enter(nowMs);
    this.refTimers--;
    this.calls.finish(callId, response);
    this.leave();
  }

  abort(_nowMs: number): void {
    this.kill();
  }

  destroy(): void {
    this.kill();
    this.modules.clear();
    this.handlerFn = null;
  }

  transferState(): unknown {
    return this.tmp.transfer();
  }

  estimateMemoryBytes(): number {
    // Modules only come and go with require(): the sum is recomputed when their number changes,
    // not on every REPORT line.
    if (this.moduleBytesFor !== this.modules.size) {
      let bytes = 0;
      for (const path of this.modules.keys()) {
        const file = this.files[path];
        bytes += 512 + (file && file.kind === 'js' ? file.body.length : 0);
      }
      this.moduleBytes = bytes;
      this.moduleBytesFor = this.modules.size;
    }
    return 4096 + this.heap.length * 160 + this.moduleBytes;
  }
}
