import type { ClientNode, FunctionNode, Scenario } from './scenarioTypes';
import type { EnvironmentKernel, ErrorPayload, HandlerHost, InvokeOutcome, LogLevel, ServiceResponse } from './handlerHost';
import type { LiveState, RunStop, Simulation, SimulationOptions, TestInvokeResult } from './simulationTypes';
import type { FunctionSecond, Report, SecondSample } from './reportTypes';
import { EventQueue, type QueuedEvent } from './eventQueue';
import { copyUuidWords, createRng, drawUuidWords, hex32, uuidFrom } from './rng';
import { accountConfig, cpuScaleFor, functionConfig, INIT_LIMIT_MS, REGION } from './defaults';
import { FunctionState } from './functionState';
import { AccountConcurrency } from './accountConcurrency';
import { Environment } from './environment';
import { Invocation, timeoutError, type Responder, type ThrottleReason } from './invocation';
import { endLineOf, formatLogLine, LogBuffer, type LogSlot, type LogSlotKind } from './logBuffer';
import { keepsApplicationLine } from './logLevels';
import { createArrivalProcess, type ArrivalProcess } from './traffic/arrivalProcess';
import { createPayloadPicker, type PayloadPicker } from './traffic/payloadPicker';
import { billedMs, costOf, provisionedAllocatedGBSeconds, type Cost } from './billing';
import { AsyncInvoker, type AsyncEvent } from './asyncInvocation';
import { Sources, type ClientSend, type Tally } from './sources/wireSources';
import { RECURSION_LIMIT, type SimContext } from './services/simContext';
import { serviceLatencyMs } from './services/serviceLatency';
import { buildReport } from './buildReport';
import { civilFromDays, SIMULATION_EPOCH_MS } from './clock';
import { estimateMaxMemoryUsedMB } from './memoryEstimate';
import { Journal } from './journal';

const enum Ev {
  InvokeDone,
  Timeout,
  InitDone,
  InitLimit,
  PlatformInitDone,
  Wake,
  AsyncAttempt,
  Callback,
  Arrival,
}
// Equal-time order: completions free environments before arrivals at the same instant claim them.
const PRIORITY: Record<Ev, number> = [0, 1, 2, 3, 4, 5, 6, 7, 8];

interface SimEvent extends QueuedEvent {
  type: Ev;
  env: Environment | null;
  fn: FunctionState | null;
  gen: number;
  client: ClientState | null;
  outcome: InvokeOutcome | null;
  async: AsyncEvent | null;
  cb: (() => void) | null;
}

interface ClientState {
  node: ClientNode;
  arrivals: ArrivalProcess;
  payloads: PayloadPicker;
  targets: ClientSend[];
  requests: number;
  /**
   * Responses by status code ("200", "429", ...), in first-seen order: a handful of codes, so a
   * linear scan of constant strings beats hashing one per request.
   */
  statusCodes: string[];
  statusCounts: number[];
  tally: (code: string) => void;
}

function copyJson(value: unknown): unknown {
  return value === null || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value));
}

/** Log slots kept between takeLogs() calls unless the caller asks for more (a slot is one line, or an END with its REPORT). */
export const DEFAULT_BUFFERED_LOGS = 2_000;

export function createSimulation(scenario: Scenario, host: HandlerHost, options: SimulationOptions = {}): Simulation {
  const seed = options.seed ?? scenario.seed ?? 1;
  const durationSeconds = options.durationSeconds ?? scenario.durationSeconds ?? 300;
  const endMs = durationSeconds * 1000;
  const account = accountConfig(scenario.account);
  const cpu = scenario.cpu ?? 'measured';
  const queue = new EventQueue<SimEvent>();
  // Small by default: a ring of 20,000 slots outgrows the CPU caches and every scavenge re-copies
  // the young request-id strings it holds (measured: GC 600-880 ms vs 310-360 ms per 900k invokes).
  const logs = new LogBuffer(options.maxBufferedLogs ?? DEFAULT_BUFFERED_LOGS);
  const requestIds = createRng(seed, 'requestIds');
  const streamNames = createRng(seed, 'logStreams');
  const serviceIds = createRng(seed, 'serviceIds');
  const latencyRng = createRng(seed, 'serviceLatency');
  const keptSeries: SecondSample[] | null = options.keepSeries ? [] : null;
  const buildSamples = options.keepSeries || options.liveSamples !== false;
  let pendingSamples: SecondSample[] = [];
  const maxPendingSamples = Math.max(1, options.maxPendingSamples ?? Infinity);
  const samplePool: SecondSample[] = [];
  // Seconds before this one close unread (skipBefore). A take is complete (the same seconds
  // as without skipping) when nothing was skipped since it, or the newest seconds built since the
  // last skip fill it.
  let skipBeforeSecond = 0;
  let skippedSinceTake = false;
  let builtSinceSkip = 0;
  // The open second's counters still hold skipped seconds' events: they restart at the skip's end.
  let skipOpen = false;
  // The virtual clock is a field, not a closure variable: a closure slot holding a fractional
  // millisecond gets a new heap number on every event; a double field is updated in place.
  const clock = { nowMs: 0 };
  let flushedSeconds = 0;
  /** Start of the first second not yet flushed: events before it need no flush. */
  let nextSecondMs = 1000;
  let runOver = false;
  let nextEnvId = 1;
  const testCollectors = new Map<string, string[]>();
  const journal = new Journal(options.journal === true);

  const functionNodes = scenario.nodes.filter((n): n is FunctionNode => n.kind === 'function');
  const functions = new Map<string, FunctionState>();
  functionNodes.forEach((node, i) => {
    functions.set(
      node.id,
      new FunctionState(
        functionConfig(node),
        i,
        account.idleLifetimeMs,
        account.maxLifetimeMs,
        account.scalingEnvironmentsPer10s,
      ),
    );
  });
  const functionList = [...functions.values()];
  const accountPool = new AccountConcurrency(account, functionList);
  const layerFiles = new Map(
    scenario.nodes.flatMap((n) => (n.kind === 'layer' ? [[n.id, n.files] as const] : [])),
  );

  const destinationsReceived: Record<string, { received: number }> = {};
  const asyncInvoker = new AsyncInvoker({
    nowMs: () => clock.nowMs,
    settings: (fn) => {
      const a = functionNodes[fn.index].async;
      return {
        maximumRetryAttempts: a?.maximumRetryAttempts ?? 2,
        maximumEventAgeMs: (a?.maximumEventAgeSeconds ?? 21_600) * 1000,
      };
    },
    scheduleAttempt: (atMs, asyncEvent) => {
      schedule(atMs, Ev.AsyncAttempt, null).async = asyncEvent;
    },
    invoke: (fn, event, responder, requestId, lineage) => invokeSync(fn, event, responder, requestId, lineage),
    countRetry: (fn) => {
      fn.metrics.retries++;
      fn.metrics.second.Retries++;
    },
    trace: (traceId, step, rule, functionId) => journal.trace(clock.nowMs, traceId, step, rule, functionId),
    complete: (asyncEvent, record, succeeded) => {
      const fn = asyncEvent.fn;
      if (!succeeded) {
        fn.metrics.asyncDropped++;
        fn.metrics.second.AsyncEventsDropped++;
      }
      for (const edge of scenario.edges) {
        if (edge.from !== fn.config.id) continue;
        const kind = edge.kind;
        if (kind !== 'onSuccess' && kind !== 'onFailure' && kind !== 'deadLetter') continue;
        if (succeeded !== (kind === 'onSuccess')) continue;
        deliver(fn, edge.to, kind, kind === 'deadLetter' ? asyncEvent.event : record, asyncEvent.lineage);
      }
    },
  });

  // The execution role needs the action for the target (DG invocation-async-retain-records).
  const DELIVERY_ACTION: Partial<Record<string, string>> = {
    function: 'lambda:InvokeFunction',
    sqsQueue: 'sqs:SendMessage',
    snsTopic: 'sns:Publish',
    eventBridgeRule: 'events:PutEvents',
    s3Bucket: 's3:PutObject',
  };
  const nodesById = new Map(scenario.nodes.map((n) => [n.id, n]));

  function deliver(fn: FunctionState, targetId: string, kind: 'onSuccess' | 'onFailure' | 'deadLetter', body: unknown, lineage: number): void {
    const target = nodesById.get(targetId);
    const permissions = functionNodes[fn.index].permissions;
    const action = target ? DELIVERY_ACTION[target.kind] : undefined;
    const delivered = !!target && !!action && (permissions === undefined || permissions.includes(action));
    if (!delivered) {
      if (kind === 'deadLetter') fn.metrics.deadLetterErrors++;
      else fn.metrics.destinationDeliveryFailures++;
    } else {
      (destinationsReceived[targetId] ??= { received: 0 }).received++;
      const targetFn = functions.get(targetId);
      if (targetFn) asyncInvoker.enqueue(targetFn, body, uuidFrom(requestIds), lineage + 1);
    }
    options.onDelivery?.({ tMs: clock.nowMs, fromFunctionId: fn.config.id, targetId, kind, body, delivered });
    if (journal.enabled) {
      const id = (body as { requestContext?: { requestId?: string } })?.requestContext?.requestId;
      if (id) journal.trace(clock.nowMs, id, `${delivered ? 'delivered to' : 'could not deliver to'} ${kind} ${targetId}`, delivered ? undefined : `the execution role lacks ${action ?? 'the action'} for ${targetId}`, fn.config.id);
    }
  }

  const ctx: SimContext = {
    nowMs: () => clock.nowMs,
    trace: (traceId, step, rule, functionId, links) => journal.trace(clock.nowMs, traceId, step, rule, functionId, links),
    at: (tMs, cb) => {
      schedule(Math.max(tMs, clock.nowMs), Ev.Callback, null).cb = cb;
    },
    rng: (stream) => createRng(seed, stream),
    uuid: () => uuidFrom(serviceIds),
    hasFunction: (id) => functions.has(id),
    functionTimeoutMs: (id) => functions.get(id)?.config.timeoutMs ?? 3000,
    invokeSync: (id, event, lineage, done) => {
      const requestId = uuidFrom(requestIds);
      invokeSync(functions.get(id) as FunctionState, event, (result) => done(result), requestId, lineage);
      return requestId;
    },
    invokeAsync: (id, event, lineage) => {
      const fn = functions.get(id) as FunctionState;
      if (lineage >= RECURSION_LIMIT && terminatesRecursion(fn)) {
        fn.metrics.recursiveInvocationsDropped++;
        asyncInvoker.dropRecursive(fn, event, uuidFrom(requestIds), lineage);
        return;
      }
      asyncInvoker.enqueue(fn, event, uuidFrom(requestIds), lineage);
    },
    countRecursionDrop: (id) => {
      const fn = functions.get(id);
      if (fn) fn.metrics.recursiveInvocationsDropped++;
    },
    terminatesRecursion: (id) => terminatesRecursion(functions.get(id) as FunctionState),
    countRetry: (id) => {
      const fn = functions.get(id);
      if (!fn) return;
      fn.metrics.retries++;
      fn.metrics.second.Retries++;
    },
  };
  function terminatesRecursion(fn: FunctionState): boolean {
    return (functionNodes[fn.index].recursiveLoop ?? 'Terminate') === 'Terminate';
  }
  const sources = new Sources(scenario, {
    ctx,
    functionArn: (id) => functions.get(id)?.config.arn ?? '',
    directInvoker: (id, type) => {
      // Resolved once per client edge: the function, and the responder for the caller's tally
      // (a client has one tally, so one closure per edge, not one per request).
      const fn = functions.get(id) as FunctionState;
      if (type === 'Event') {
        return (body, tallyCode) => {
          asyncInvoker.enqueue(fn, body, uuidFrom(requestIds));
          tallyCode('202');
        };
      }
      let tally: Tally | null = null;
      let responder: Responder | null = null;
      return (body, tallyCode) => {
        if (tallyCode !== tally || responder === null) {
          tally = tallyCode;
          responder = (result) => tallyCode(result.kind === 'response' ? '200' : result.reason === 'ResourceConflictException' ? '409' : '429');
        }
        invokeSync(fn, body, responder);
      };
    },
    countDestination: (targetId) => {
      (destinationsReceived[targetId] ??= { received: 0 }).received++;
    },
  });

  const clients: ClientState[] = [];
  for (const node of scenario.nodes) {
    if (node.kind !== 'client') continue;
    const targets = scenario.edges
      .filter((e) => e.from === node.id)
      .flatMap((e) => {
        const send = sources.clientSend(node, e);
        return send ? [send] : [];
      });
    const client: ClientState = {
      node,
      arrivals: createArrivalProcess(node.traffic, createRng(seed, `traffic:${node.id}`), endMs),
      payloads: createPayloadPicker(node.payloads, createRng(seed, `payload:${node.id}`), () => clock.nowMs),
      targets,
      requests: 0,
      statusCodes: [],
      statusCounts: [],
      tally: (code: string) => {
        const codes = client.statusCodes;
        for (let i = 0; i < codes.length; i++) {
          if (codes[i] === code) {
            client.statusCounts[i]++;
            return;
          }
        }
        codes.push(code);
        client.statusCounts.push(1);
      },
    };
    clients.push(client);
    if (!options.trafficOff) scheduleArrival(client);
  }

  function schedule(t: number, type: Ev, env: Environment | null, gen = 0, client: ClientState | null = null, outcome: InvokeOutcome | null = null): SimEvent {
    const ev = makeEvent(t, type, env, gen, client, outcome);
    queue.push(ev);
    return ev;
  }

  // Handled events come back as the queue's spare records (eventQueue.ts): a long run handles millions.
  function makeEvent(t: number, type: Ev, env: Environment | null, gen: number, client: ClientState | null, outcome: InvokeOutcome | null): SimEvent {
    let ev = queue.takeSpare();
    if (ev) {
      ev.t = t;
      ev.priority = PRIORITY[type];
      ev.type = type;
      ev.env = env;
      ev.fn = null;
      ev.gen = gen;
      ev.client = client;
      ev.outcome = outcome;
      ev.async = null;
      ev.cb = null;
    } else {
      ev = queue.adopt({ t, priority: PRIORITY[type], seq: 0, slot: -1, type, env, fn: null, gen, client, outcome, async: null, cb: null });
    }
    return ev;
  }

  function scheduleTimeoutCheck(fn: FunctionState): void {
    const at = fn.nextDeadlineMs();
    if (at === Infinity || at >= fn.timeoutCheckAtMs) return;
    fn.timeoutCheckAtMs = at;
    const ev = makeEvent(at, Ev.Timeout, null, 0, null, null);
    ev.fn = fn;
    queue.push(ev);
  }

  function scheduleArrival(client: ClientState): void {
    const t = client.arrivals.next();
    if (t <= endMs) schedule(Math.max(t, clock.nowMs), Ev.Arrival, null, 0, client);
  }

  // ---- logs ------------------------------------------------------------------------------
  // Platform records a function's SystemLogLevel drops are filled into this slot, outside the ring.
  const droppedSlot = new LogBuffer(1).next();

  /** withEnd: a REPORT slot that also holds the END line before it (logBuffer.ts). */
  function logSlot(kind: LogSlotKind, env: Environment, tMs: number, inv: Invocation | null, withEnd = false): LogSlot {
    const source = env.logSource;
    const s = (kind !== 'user' && !source.keepsSystemRecords) || !logs.keeps(tMs, withEnd ? 2 : 1) ? droppedSlot : logs.next(withEnd);
    // Compared before stored: in a steady run each slot gets the same kind and source every lap,
    // and a load and compare cost less than a pointer store with its write-barrier check
    // (valgrind: ~130 fewer instructions per invocation).
    if (s.kind !== kind) s.kind = kind;
    s.tMs = tMs;
    if (s.source !== source) s.source = source;
    // The id's words, not its text: most lines are overwritten unread (logBuffer.ts slotRequestId).
    if (inv === null || inv.idText !== null) {
      s.requestId = inv === null ? null : inv.idText;
      s.idPending = false;
    } else {
      s.requestId = null;
      s.idPending = true;
      copyUuidWords(inv, s);
    }
    // level/message (user, platform), the REPORT figures and the JSON records' fields (end:
    // durationMs/status; platform: initDurationMs/status/errorType) are written by the caller for
    // the kinds that print them; the others never read them.
    return s;
  }

  /** The runtime's own error line (Invoke Error / Uncaught Exception), in the function's log format. */
  function runtimeErrorLine(env: Environment, inv: Invocation | null, label: string, e: ErrorPayload): LogSlot | null {
    if (!keepsApplicationLine(env.fn.config.logging, 'ERROR')) return null;
    const line = logSlot('user', env, clock.nowMs, inv);
    line.level = 'ERROR';
    line.message = line.source.json
      ? JSON.stringify({ message: label, errorType: e.errorType, errorMessage: e.errorMessage, stackTrace: e.trace })
      : `${label} \t${JSON.stringify({ errorType: e.errorType, errorMessage: e.errorMessage, stack: e.trace })}`;
    return line;
  }

  /** An INIT_REPORT for a failed or timed-out init. */
  function initReport(env: Environment, durationMs: number, status: 'error' | 'timeout', errorType: string): void {
    const s = logSlot('platform', env, clock.nowMs, null);
    s.initDurationMs = durationMs;
    s.status = status;
    s.errorType = errorType;
    s.message = `INIT_REPORT Init Duration: ${durationMs.toFixed(2)} ms\tPhase: init\tStatus: ${status}${errorType ? `\tError Type: ${errorType}` : ''}`;
  }

  // Lines of a console-style test invoke; call sites check testCollectors.size first so a
  // fast run allocates no closures.
  function collect(requestId: string | null, line: () => string): void {
    if (requestId !== null) testCollectors.get(requestId)?.push(line());
  }

  // ---- environments ----------------------------------------------------------------------
  function makeKernel(env: Environment): EnvironmentKernel {
    const instance = env.instanceGen;
    const stale = () => env.instanceGen !== instance || env.state === 'dead';
    return {
      currentRequestId() {
        return env.current?.requestId ?? '';
      },
      initDone(atMs, outcome) {
        if (stale() || !(env.state === 'init' || (env.state === 'busy' && env.suppressedInit))) return;
        if (!outcome.ok) env.initError = outcome.error;
        schedule(Math.max(atMs, clock.nowMs), Ev.InitDone, env, env.invokeGen);
      },
      invokeDone(atMs, outcome) {
        if (stale() || env.state !== 'busy' || env.suppressedInit) return;
        env.answered = true;
        if (atMs > clock.nowMs) schedule(atMs, Ev.InvokeDone, env, env.invokeGen, null, outcome);
        else queue.pushNow(makeEvent(clock.nowMs, Ev.InvokeDone, env, env.invokeGen, null, outcome));
      },
      requestWake(atMs) {
        if (stale() || atMs >= env.pendingWakeAtMs) return;
        env.pendingWakeAtMs = Math.max(atMs, clock.nowMs);
        schedule(env.pendingWakeAtMs, Ev.Wake, env);
      },
      callService(atMs, callId, request) {
        if (stale()) return;
        const caller = {
          functionId: env.fn.config.id,
          functionName: env.fn.config.name,
          permissions: functionNodes[env.fn.index].permissions,
          lineage: env.current?.lineage ?? 0,
        };
        ctx.at(atMs, () =>
          sources.world.call(request, caller, (response) => {
            const latencyMs = serviceLatencyMs(request.service, request.operation, latencyRng);
            ctx.at(clock.nowMs + latencyMs, () => deliverCall(env, callId, response));
          }),
        );
      },
      log(atMs: number, level: LogLevel, message: string) {
        if (stale() || !keepsApplicationLine(env.fn.config.logging, level)) return;
        const inv = env.current && env.state === 'busy' ? env.current : null;
        const s = logSlot('user', env, Math.max(atMs, clock.nowMs), inv);
        s.level = level;
        s.message = message;
        if (testCollectors.size && inv) collect(inv.requestId, () => (s.source.json ? formatLogLine(s) : `${inv.requestId}\t${level}\t${message}`));
      },
    };
  }

  function createEnvironment(fn: FunctionState): Environment {
    const c = fn.config;
    const [y, m, d] = civilFromDays(Math.floor((SIMULATION_EPOCH_MS + clock.nowMs) / 86_400_000));
    const stream = `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/[$LATEST]${hex32(streamNames)}`;
    const env = new Environment(nextEnvId++, fn, clock.nowMs, stream);
    env.spec = {
        functionId: c.id,
        functionName: c.name,
        runtime: c.runtime,
        handler: c.handler,
        files: c.files,
        layers: (functionNodes[fn.index].layers ?? []).map((id) => layerFiles.get(id) ?? {}),
        memoryMB: c.memoryMB,
        timeoutMs: c.timeoutMs,
        ephemeralStorageMB: c.ephemeralStorageMB,
        environment: c.environment,
        region: REGION,
        logStreamName: stream,
        seed: (seed * 1_000_003 + env.id) >>> 0,
        cpu,
        cpuScale: cpuScaleFor(c.memoryMB),
        epochMs: SIMULATION_EPOCH_MS,
        ...(c.logging.json ? { logFormat: 'JSON' as const, logLevel: c.logging.applicationLogLevel } : {}),
    };
    env.sandbox = host.createEnvironment(env.spec, makeKernel(env));
    fn.metrics.changeEnvironments(clock.nowMs, +1);
    journal.env(clock.nowMs, c.id, env.id, 'created', false);
    return env;
  }

  function deliverCall(env: Environment, callId: number, response: ServiceResponse): void {
    if (env.state === 'dead') return;
    // Frozen, or answered and about to freeze: the result waits for the next thaw.
    if (env.state === 'idle' || env.state === 'platformInit' || env.answered) env.heldCalls.push({ callId, response });
    else env.sandbox.completeCall?.(clock.nowMs, callId, response);
  }

  /** After a timeout or crash Lambda resets the environment: a new runtime process, same /tmp. */
  function resetEnvironment(env: Environment, why: string): void {
    journal.env(clock.nowMs, env.fn.config.id, env.id, 'reset', env.provisioned, undefined, why);
    const kept = env.sandbox.transferState?.();
    env.sandbox.destroy();
    env.instanceGen++;
    env.resets++;
    env.needsInit = true;
    env.suppressedInit = false;
    env.pendingWakeAtMs = Infinity;
    env.heldCalls = [];
    env.sandbox = host.createEnvironment({ ...env.spec, inherited: kept }, makeKernel(env));
  }

  const reap = (env: Environment, atMs: number): void => {
    journal.env(atMs, env.fn.config.id, env.id, 'reaped', env.provisioned);
    destroy(env, atMs);
  };
  const recycle = (env: Environment, atMs: number): void => {
    journal.env(atMs, env.fn.config.id, env.id, 'recycled', env.provisioned);
    destroy(env, atMs);
  };

  const destroy = (env: Environment, atMs: number): void => {
    if (env.state === 'dead') return;
    env.state = 'dead';
    env.sandbox.destroy();
    env.fn.metrics.changeEnvironments(atMs, -1);
  };

  // ---- synchronous invocation -------------------------------------------------------------
  const dropResult: Responder = () => undefined;
  /** `requestId` null: the next id of the run's stream, formatted only if read (invocation.ts). */
  function invokeSync(fn: FunctionState, event: unknown, responder: Responder, requestId: string | null = null, eventLineage = 0): void {
    const inv = invocationPool.pop() ?? new Invocation(responder);
    if (requestId === null) {
      inv.idText = null;
      drawUuidWords(requestIds, inv);
    } else inv.idText = requestId;
    inv.lineage = eventLineage + 1;
    inv.extraBilledMs = 0;
    inv.deadlineMs = 0;
    inv.event = event;
    inv.arrivedAtMs = clock.nowMs;
    inv.startedAtMs = clock.nowMs;
    inv.cold = false;
    inv.initDurationMs = 0;
    inv.responder = responder;
    fn.reapExpired(clock.nowMs, reap);
    if (journal.enabled) journal.trace(clock.nowMs, inv.requestId, 'received', undefined, fn.config.id);
    const pending = fn.vpcPendingUntilMs;
    if (clock.nowMs < pending) {
      return rejectThrottled(fn, inv, {
        reason: 'ResourceConflictException',
        why: `the function is Pending while its VPC network interface is created (until ${(pending / 1000).toFixed(0)} s)`,
      });
    }
    const rate = accountPool.rateLimited(fn, clock.nowMs);
    if (rate) return rejectThrottled(fn, inv, rate);
    const provisionedEnv = fn.provisionedIdle.length > 0;
    const throttle = accountPool.throttleReason(fn, provisionedEnv);
    if (throttle) return rejectThrottled(fn, inv, throttle);
    let env = provisionedEnv ? (fn.provisionedIdle.pop() as Environment) : fn.takeIdle(clock.nowMs, recycle);
    if (!env) {
      if (!accountPool.takeScalingToken(fn, clock.nowMs)) return rejectThrottled(fn, inv, accountPool.scalingThrottle());
      env = createEnvironment(fn);
      inv.cold = true;
    }
    if (fn.config.provisionedConcurrency > 0) {
      if (env.provisioned) {
        fn.metrics.provisionedInvocations++;
        fn.metrics.second.ProvisionedConcurrencyInvocations = (fn.metrics.second.ProvisionedConcurrencyInvocations ?? 0) + 1;
      } else {
        fn.metrics.spilloverInvocations++;
        fn.metrics.second.ProvisionedConcurrencySpilloverInvocations =
          (fn.metrics.second.ProvisionedConcurrencySpilloverInvocations ?? 0) + 1;
      }
    }
    claim(fn, +1, env.provisioned);
    env.current = inv;
    if (inv.cold) beginInit(env);
    else {
      if (env.needsInit) inv.cold = true; // a reset environment: its next invoke waits for a suppressed init
      startInvoke(env, inv);
    }
  }

  function beginInit(env: Environment): void {
    const fn = env.fn;
    env.state = 'platformInit';
    env.initStartMs = clock.nowMs;
    fn.initializing++;
    if (journal.enabled) journal.env(clock.nowMs, fn.config.id, env.id, 'initStart', env.provisioned, env.current?.requestId);
    // Pre-2019 VPC networking: every new environment created its own ENI during its cold start.
    const eniMs = functionNodes[fn.index].vpc && account.legacyVpcNetworking ? account.legacyVpcEniMs : 0;
    schedule(clock.nowMs + fn.config.runtimeInitMs + eniMs, Ev.PlatformInitDone, env, env.invokeGen);
  }

  function claim(fn: FunctionState, delta: number, provisioned: boolean): void {
    accountPool.claim(fn, clock.nowMs, delta, provisioned);
  }

  function rejectThrottled(fn: FunctionState, inv: Invocation, t: { reason: ThrottleReason; why: string }): void {
    if (t.reason === 'ResourceConflictException') {
      inv.responder({ kind: 'throttled', reason: t.reason, why: t.why }, inv);
      return;
    }
    fn.metrics.throttles++;
    fn.metrics.second.Throttles++;
    accountPool.countThrottle();
    if (journal.wants(clock.nowMs)) journal.trace(clock.nowMs, inv.requestId, `throttled (${t.reason})`, t.why, fn.config.id);
    inv.responder({ kind: 'throttled', reason: t.reason, why: t.why }, inv);
    release(inv);
  }

  // Invocation records are refilled: nothing keeps one after its responder returns (the
  // Responder contract), and a fast run makes a million of them.
  const invocationPool: Invocation[] = [];
  function release(inv: Invocation): void {
    inv.event = null;
    inv.responder = dropResult;
    inv.outcome = null;
    invocationPool.push(inv);
  }

  function startInvoke(env: Environment, inv: Invocation): void {
    const fn = env.fn;
    env.state = 'busy';
    env.answered = false;
    env.invokeGen++;
    env.invocations++;
    inv.startedAtMs = clock.nowMs;
    if (journal.enabled) journal.env(clock.nowMs, fn.config.id, env.id, 'invokeStart', env.provisioned, inv.requestId, env.needsInit ? 'suppressed init' : undefined);
    if (journal.wants(clock.nowMs)) {
      const why = inv.cold
        ? env.needsInit
          ? 'cold start: this environment was reset (after a timeout or crash), so it runs a suppressed init first'
          : `cold start: no idle environment was free, so Lambda created environment #${env.id}`
        : env.provisioned
          ? `warm start on provisioned environment #${env.id} (initialised in advance)`
          : `warm start: reused idle environment #${env.id}, the most recently created free one`;
      journal.trace(clock.nowMs, inv.requestId, 'invoked', why, fn.config.id);
    }
    const startLine = logSlot('start', env, clock.nowMs, inv);
    if (testCollectors.size && startLine !== droppedSlot) collect(inv.requestId, () => formatLogLine(startLine));
    const deadlineMs = clock.nowMs + fn.config.timeoutMs;
    fn.addDeadline(env, deadlineMs);
    scheduleTimeoutCheck(fn);
    if (env.heldCalls.length) {
      // Answers that arrived while the environment was frozen resume with the thaw.
      const held = env.heldCalls;
      env.heldCalls = [];
      for (const h of held) env.sandbox.completeCall?.(clock.nowMs, h.callId, h.response);
    }
    inv.deadlineMs = deadlineMs;
    if (env.needsInit) {
      // Suppressed init: no INIT phase of its own; the init runs inside this invoke's time.
      env.suppressedInit = true;
      env.sandbox.init(clock.nowMs);
      return;
    }
    sendInvoke(env, inv);
  }

  function sendInvoke(env: Environment, inv: Invocation): void {
    inv.invokedFunctionArn = env.fn.config.arn;
    env.sandbox.invoke(clock.nowMs, inv);
  }

  function finishInvoke(env: Environment, outcome: InvokeOutcome): void {
    const inv = env.current as Invocation;
    const fn = env.fn;
    const m = fn.metrics;
    const durationMs = clock.nowMs - inv.startedAtMs;
    env.current = null;
    env.invokeGen++;
    m.invocations++;
    m.second.Invocations++;
    if (!outcome.ok) {
      m.errors++;
      m.second.Errors++;
    }
    const bucket = m.duration.add(durationMs);
    if (buildSamples) m.secondDuration.add(bucket, durationMs);
    if (inv.cold) {
      m.coldStarts++;
      m.second.ColdStarts++;
      m.initDuration.add(inv.initDurationMs);
      m.secondInitSum += inv.initDurationMs;
      m.secondInitCount++;
    }
    const billed = billedMs(durationMs + inv.initDurationMs + inv.extraBilledMs);
    const gb = fn.config.memoryMB / 1024;
    m.billing.requests++;
    m.billing.billedDurationMs += billed;
    if (env.provisioned) m.billing.provisionedDurationGBSeconds += (gb * billed) / 1000;
    else m.billing.gbSeconds += (gb * billed) / 1000;
    m.billing.extraStorageGBSeconds += (Math.max(0, fn.config.ephemeralStorageMB - 512) / 1024) * (billed / 1000);
    claim(fn, -1, env.provisioned);

    const status = outcome.ok ? '' : outcome.status === 'timeout' ? 'timeout' : outcome.status === 'crash' ? 'error' : '';
    if (journal.enabled) journal.env(clock.nowMs, fn.config.id, env.id, 'invokeEnd', env.provisioned, inv.requestId, outcome.ok ? 'ok' : outcome.status);
    if (journal.wants(clock.nowMs)) {
      journal.trace(
        clock.nowMs,
        inv.requestId,
        outcome.ok ? 'succeeded' : outcome.status === 'timeout' ? 'timed out' : 'failed',
        outcome.ok ? undefined : outcome.status === 'timeout' ? `ran past the function timeout (${fn.config.timeoutMs / 1000} s)` : `${outcome.error.errorType}: ${outcome.error.errorMessage}`,
        fn.config.id,
      );
    }
    if (!outcome.ok && outcome.status === 'error') {
      // The Node.js runtime logs a function error before END, as on Lambda.
      const line = runtimeErrorLine(env, inv, 'Invoke Error', outcome.error);
      if (line && testCollectors.size) collect(inv.requestId, () => (line.source.json ? formatLogLine(line) : `${inv.requestId}\tERROR\t${line.message}`));
    }
    // JSON records say 'error' for a function error too; the text REPORT prints Status only for timeouts and crashes.
    const jsonStatus = outcome.ok ? '' : status || 'error';
    // END and REPORT: one slot for both lines.
    const report = logSlot('report', env, clock.nowMs, inv, true);
    report.durationMs = durationMs;
    report.initDurationMs = inv.initDurationMs;
    report.maxMemoryUsedMB = estimateMaxMemoryUsedMB(fn.config.memoryMB, env.sandbox.estimateMemoryBytes());
    const reportStatus = report.source.json ? jsonStatus : status;
    if (report.status !== reportStatus) report.status = reportStatus;
    if (testCollectors.size && report !== droppedSlot) {
      collect(inv.requestId, () => endLineOf(report));
      collect(inv.requestId, () => formatLogLine(report));
    }

    // A timeout or crash resets the environment (same id, log stream and /tmp); its next
    // invoke runs a suppressed init, so the next start is cold.
    if (!outcome.ok && outcome.status !== 'error') resetEnvironment(env, outcome.status);
    if (env.provisioned) {
      env.state = 'idle';
      fn.provisionedIdle.push(env);
    } else fn.putIdle(env, clock.nowMs);
    // A new result, not a reused one: the outcome is young, and storing it into a long-lived
    // object costs a write barrier's slow path (~85 instructions), more than the allocation.
    inv.responder({ kind: 'response', outcome, durationMs, cold: inv.cold }, inv);
    release(inv);
  }

  // ---- provisioned concurrency -------------------------------------------------------------
  // Allocation starts at time 0 (AWS takes 1-2 minutes before it reports READY; the playground
  // compresses that to the environments' own init so a run starts provisioned).
  function allocateProvisioned(fn: FunctionState): void {
    const env = createEnvironment(fn);
    env.provisioned = true;
    env.current = null;
    beginInit(env);
  }

  function provisionedReady(env: Environment): void {
    const fn = env.fn;
    fn.initializing--;
    env.initDurationMs = clock.nowMs - env.initStartMs;
    if (env.initError) {
      // A failed allocation: the environment is discarded (AWS reports the allocation as failed).
      initReport(env, env.initDurationMs, 'error', env.initError.errorType);
      destroy(env, clock.nowMs);
      return;
    }
    env.state = 'idle';
    journal.env(clock.nowMs, fn.config.id, env.id, 'initDone', true);
    fn.provisionedReady++;
    fn.provisionedIdle.push(env);
  }

  function failDuringInit(env: Environment, outcome: InvokeOutcome): void {
    // Lambda answers the waiting request with the init error, then resets the environment.
    const inv = env.current as Invocation;
    env.fn.initializing--;
    env.state = 'busy';
    inv.initDurationMs = clock.nowMs - env.initStartMs;
    inv.startedAtMs = clock.nowMs;
    env.invokeGen++;
    if (!outcome.ok) {
      // What Lambda prints for a failed Init: the uncaught error, then INIT_REPORT.
      runtimeErrorLine(env, null, 'Uncaught Exception', outcome.error);
      initReport(env, inv.initDurationMs, 'error', outcome.error.errorType);
    }
    logSlot('start', env, clock.nowMs, inv);
    finishInvoke(env, outcome);
  }

  // ---- the event loop ----------------------------------------------------------------------
  function handle(ev: SimEvent): void {
    const env = ev.env;
    switch (ev.type) {
      case Ev.Arrival: {
        const client = ev.client as ClientState;
        scheduleArrival(client);
        sendFromClientState(client);
        return;
      }
      case Ev.PlatformInitDone: {
        if (!env || env.state !== 'platformInit' || ev.gen !== env.invokeGen) return;
        env.state = 'init';
        // The 10 s Init limit covers runtime + function init, not the legacy ENI attachment.
        schedule(clock.nowMs - env.fn.config.runtimeInitMs + INIT_LIMIT_MS, Ev.InitLimit, env, env.invokeGen);
        env.sandbox.init(clock.nowMs);
        return;
      }
      case Ev.InitDone: {
        if (env && env.suppressedInit && env.state === 'busy' && ev.gen === env.invokeGen) {
          env.suppressedInit = false;
          env.needsInit = false;
          const inv = env.current as Invocation;
          if (env.initError) {
            const error = env.initError;
            env.initError = null;
            return finishInvoke(env, { ok: false, error, status: 'crash' });
          }
          sendInvoke(env, inv);
          return;
        }
        if (!env || env.state !== 'init' || ev.gen !== env.invokeGen) return;
        if (!env.current) return provisionedReady(env);
        if (env.initError) {
          return failDuringInit(env, { ok: false, error: env.initError, status: 'crash' });
        }
        const inv = env.current;
        env.fn.initializing--;
        env.initDurationMs = clock.nowMs - env.initStartMs;
        inv.initDurationMs = env.initDurationMs;
        if (journal.enabled) journal.env(clock.nowMs, env.fn.config.id, env.id, 'initDone', env.provisioned, inv.requestId);
        startInvoke(env, inv);
        return;
      }
      case Ev.InitLimit: {
        if (!env || env.state !== 'init' || ev.gen !== env.invokeGen) return;
        env.sandbox.abort(clock.nowMs);
        if (!env.current) {
          env.initError = timeoutError('provisioned-allocation', INIT_LIMIT_MS);
          return provisionedReady(env);
        }
        // Init hit its 10 s limit: Lambda retries it inside the first invoke, under the function timeout.
        const inv = env.current;
        initReport(env, clock.nowMs - env.initStartMs, 'timeout', '');
        env.fn.initializing--;
        inv.extraBilledMs = clock.nowMs - env.initStartMs;
        resetEnvironment(env, 'init exceeded 10 s');
        startInvoke(env, inv);
        return;
      }
      case Ev.InvokeDone: {
        if (!env || env.state !== 'busy' || ev.gen !== env.invokeGen) return;
        return finishInvoke(env, ev.outcome as InvokeOutcome);
      }
      case Ev.Timeout: {
        const fn = ev.fn as FunctionState;
        if (ev.t !== fn.timeoutCheckAtMs) return;
        fn.timeoutCheckAtMs = Infinity;
        for (const expired of fn.takeExpired(clock.nowMs)) {
          expired.sandbox.abort(clock.nowMs);
          const inv = expired.current as Invocation;
          finishInvoke(expired, { ok: false, error: timeoutError(inv.requestId, fn.config.timeoutMs), status: 'timeout' });
        }
        scheduleTimeoutCheck(fn);
        return;
      }
      case Ev.AsyncAttempt:
        return asyncInvoker.attempt(ev.async as AsyncEvent);
      case Ev.Callback:
        return (ev.cb as () => void)();
      case Ev.Wake: {
        if (!env || env.state === 'dead' || ev.t !== env.pendingWakeAtMs) return;
        env.pendingWakeAtMs = Infinity;
        if (env.state === 'idle' || env.state === 'platformInit') return; // frozen: timers wait for the thaw
        env.sandbox.wake(clock.nowMs);
        return;
      }
    }
  }


  function flushSecondsBefore(tMs: number): void {
    flushSeconds(tMs);
    nextSecondMs = (flushedSeconds + 1) * 1000;
  }

  const secondCost: Cost = { requests: 0, compute: 0, provisioned: 0, total: 0 };
  /** The per-second extensions of a closing second (percentiles, init, async, iterator age, cost). */
  function closeSecondExtensions(fn: FunctionState, second: FunctionSecond, boundaryMs: number): void {
    const m = fn.metrics;
    m.closeSecondExtras(second);
    if (m.asyncReceived > 0) second.AsyncQueueDepth = m.asyncQueued;
    const iteratorAgeMs = sources.takeIteratorAgeSecond(fn.config.id);
    if (iteratorAgeMs >= 0) second.IteratorAge = iteratorAgeMs;
    // Provisioned concurrency costs from allocation on, as in the report.
    m.billing.provisionedAllocatedGBSeconds = provisionedAllocatedGBSeconds(fn.config.provisionedConcurrency, fn.config.memoryMB, boundaryMs);
    // Unrounded: + and × are exact IEEE everywhere (the report rounds its own figures), and a
    // string round trip per function-second would cost a fast million-second run ~0.3 s.
    second.CostUSD = costOf(m.billing, account.pricing, fn.config.architecture, secondCost).total;
  }

  function flushSeconds(tMs: number): void {
    if (!buildSamples) {
      const seconds = Math.min(Math.floor(tMs / 1000), durationSeconds);
      if (seconds > flushedSeconds) {
        for (let i = 0; i < functionList.length; i++) {
          functionList[i].reapExpired(seconds * 1000, reap);
          functionList[i].metrics.resetSecond();
        }
        flushedSeconds = seconds;
      }
      return;
    }
    // The last second closes only when the run is over, so work ending exactly at the end counts in it.
    const lastOpen = tMs >= endMs && !runOver ? durationSeconds - 1 : durationSeconds;
    while ((flushedSeconds + 1) * 1000 <= tMs && flushedSeconds < lastOpen) {
      if (flushedSeconds < skipBeforeSecond) {
        skipSecondsUntil(Math.min(skipBeforeSecond, Math.floor(tMs / 1000), lastOpen));
        continue;
      }
      const boundaryMs = (flushedSeconds + 1) * 1000;
      // A second trimmed unread from a live run's backlog is refilled instead of allocated.
      const reuse = samplePool.pop();
      const queues = sources.queueLevels(reuse?.queues);
      const perFunction: Record<string, FunctionSecond> = reuse ? reuse.functions : {};
      for (let i = 0; i < functionList.length; i++) {
        const fn = functionList[i];
        fn.reapExpired(boundaryMs, reap);
        const second = fn.metrics.takeSecond(reuse?.functions[fn.config.id]);
        closeSecondExtensions(fn, second, boundaryMs);
        const pc = fn.config.provisionedConcurrency;
        if (pc > 0) {
          second.ProvisionedConcurrentExecutions ??= 0;
          second.ProvisionedConcurrencyUtilization = Math.round((second.ProvisionedConcurrentExecutions / pc) * 1000) / 1000;
          fn.metrics.second.ProvisionedConcurrentExecutions = fn.provisionedBusy;
        }
        perFunction[fn.config.id] = second;
      }
      let sample: SecondSample;
      if (reuse) {
        sample = reuse;
        sample.t = flushedSeconds;
        sample.account = accountPool.takeSecond(reuse.account);
      } else {
        // One literal with every field: one object shape for all samples.
        sample = { t: flushedSeconds, functions: perFunction, queues, account: accountPool.takeSecond() };
      }
      pendingSamples.push(sample);
      // Trim in batches (amortised O(1)); the trimmed seconds were never handed out, so their
      // objects are refilled for the next seconds (a fast live run flushes ~200,000 a second).
      if (pendingSamples.length >= 2 * maxPendingSamples) {
        const dropped = pendingSamples.length - maxPendingSamples;
        if (!keptSeries) for (let i = 0; i < dropped; i++) samplePool.push(pendingSamples[i]);
        pendingSamples = pendingSamples.slice(dropped);
      }
      keptSeries?.push(sample);
      flushedSeconds++;
      builtSinceSkip++;
    }
  }

  /**
   * Closes the seconds before `second` unread. Their counters run on (nobody reads them) and
   * restart once, when the next second is built; expired environments still go at each flush.
   */
  function skipSecondsUntil(second: number): void {
    const boundaryMs = second * 1000;
    // Nothing reads the levels in between, so one function's expired environments go at once (as
    // in a headless run); several functions' go second by second, so their reaps (and journal
    // entries) keep the order a built run gives them.
    if (functionList.length > 1) {
      for (let b = flushedSeconds + 1; b < second; b++) for (let i = 0; i < functionList.length; i++) functionList[i].reapExpired(b * 1000, reap);
    }
    for (let i = 0; i < functionList.length; i++) functionList[i].reapExpired(boundaryMs, reap);
    flushedSeconds = second;
    skippedSinceTake = true;
    builtSinceSkip = 0;
    skipOpen = second < skipBeforeSecond;
    if (skipOpen) return;
    for (let i = 0; i < functionList.length; i++) {
      const fn = functionList[i];
      fn.metrics.discardSecond();
      sources.takeIteratorAgeSecond(fn.config.id);
      if (fn.config.provisionedConcurrency > 0) fn.metrics.second.ProvisionedConcurrentExecutions = fn.provisionedBusy;
    }
    accountPool.discardSecond();
  }

  function takeRecentSamples(max: number): SecondSample[] {
    const out = pendingSamples.length > max ? pendingSamples.slice(-max) : pendingSamples;
    pendingSamples = [];
    skippedSinceTake = false;
    return out;
  }

  function run(untilMs: number, maxEvents = Infinity): RunStop {
    const limit = Math.min(untilMs, endMs);
    let processed = 0;
    for (;;) {
      // The now lane holds InvokeDone events at this instant, in scheduling order. In the heap
      // they would come after any same-instant InvokeDone already there (priority 0, smaller
      // seq) and before everything else, so that is where they are taken.
      const fromLane =
        queue.nowCount > 0 && clock.nowMs <= limit && !(queue.peekTime() === clock.nowMs && queue.peekPriority() === 0);
      if (!fromLane && !(queue.peekTime() <= limit)) break;
      if (processed >= maxEvents) return 'budget';
      if (host.hasPendingExternalWork()) return 'yield';
      let ev: SimEvent;
      if (fromLane) {
        ev = queue.takeNow();
      } else {
        ev = queue.pop() as SimEvent;
        if (ev.t > clock.nowMs) {
          // Most events fall inside the current second: only a boundary needs the flush.
          if (ev.t >= nextSecondMs) flushSecondsBefore(ev.t);
          clock.nowMs = ev.t;
        }
      }
      handle(ev);
      ev.env = null;
      ev.fn = null;
      ev.client = null;
      ev.outcome = null;
      ev.async = null;
      ev.cb = null;
      queue.recycle(ev);
      processed++;
    }
    // A handler still waiting on external work may yet schedule events before `limit`: the clock
    // must not pass it (nor the run end) until that work settles.
    if (host.hasPendingExternalWork()) return 'yield';
    if (limit > clock.nowMs) {
      flushSecondsBefore(limit);
      clock.nowMs = limit;
    }
    if (clock.nowMs >= endMs) {
      runOver = true;
      flushSecondsBefore(endMs);
      return 'done';
    }
    return 'reached';
  }

  function liveState(): LiveState {
    const out: LiveState = { nowMs: clock.nowMs, functions: {}, accountBusy: accountPool.busy, accountLimit: account.concurrencyLimit };
    for (const fn of functions.values()) {
      out.functions[fn.config.id] = {
        busy: fn.metrics.busy,
        idle: fn.idleCount,
        initializing: fn.initializing,
        reservedConcurrency: fn.config.reservedConcurrency,
        provisionedConcurrency: fn.config.provisionedConcurrency,
        provisionedBusy: fn.provisionedBusy,
        provisionedIdle: fn.provisionedIdle.length,
      };
    }
    return out;
  }

  function testInvoke(functionId: string, event: unknown, onDone: (r: TestInvokeResult) => void): void {
    const fn = functions.get(functionId);
    if (!fn) throw new Error(`no function with id "${functionId}"`);
    let lines: string[] | null = null;
    const responder: Responder = (result, inv) => {
      testCollectors.delete(inv.requestId);
      if (result.kind === 'throttled') {
        onDone({
          statusCode: 429,
          payload: { errorType: 'TooManyRequestsException', errorMessage: 'Rate Exceeded.', Reason: result.reason },
          logLines: [],
          reportLine: '',
          durationMs: 0,
        });
        return;
      }
      const out = result.outcome;
      const collected = lines ?? [];
      onDone({
        statusCode: 200,
        functionError: out.ok ? undefined : 'Unhandled',
        payload: out.ok ? out.payload : out.error,
        logLines: collected,
        reportLine: collected.find((l) => l.startsWith('REPORT') || l.startsWith('{"time"') && l.includes('"type":"platform.report"')) ?? '',
        durationMs: result.durationMs,
        initDurationMs: result.cold ? inv.initDurationMs : undefined,
      });
    };
    const requestId = uuidFrom(requestIds);
    lines = [];
    testCollectors.set(requestId, lines);
    invokeSync(fn, event, responder, requestId);
  }

  function sendFromClient(clientId: string): void {
    const client = clients.find((c) => c.node.id === clientId);
    if (!client) throw new Error(`no client with id "${clientId}"`);
    sendFromClientState(client);
  }

  // A client sends its whole traffic along each outgoing edge: two edges = two calls per arrival.
  function sendFromClientState(client: ClientState): void {
    // One payload per arrival ({{seq}} counts arrivals); each edge gets its own copy.
    const body = client.payloads.pick();
    const targets = client.targets;
    for (let i = 0; i < targets.length; i++) {
      client.requests++;
      targets[i](i === 0 ? body : copyJson(body), client.tally);
    }
  }


  sources.start(endMs);
  for (const fn of functions.values()) {
    for (let i = 0; i < fn.config.provisionedConcurrency; i++) allocateProvisioned(fn);
    if (functionNodes[fn.index].vpc && !account.legacyVpcNetworking && account.vpcPendingMs > 0) {
      fn.vpcPendingUntilMs = account.vpcPendingMs;
    }
  }

  const sim: Simulation = {
    get nowMs() {
      return clock.nowMs;
    },
    endMs,
    run,
    isDone: () => clock.nowMs >= endMs,
    takeSamples: () => takeRecentSamples(maxPendingSamples),
    skipBefore(second: number, journalSecond = second, logSecond = journalSecond) {
      if (keptSeries) return;
      // The run's last maxPendingSamples seconds are always built, so its final take is complete;
      // an open second that holds skipped seconds' counts is skipped too.
      skipBeforeSecond = Math.max(Math.min(second, durationSeconds - maxPendingSamples), skipOpen ? flushedSeconds + 1 : 0);
      journal.skipBefore(journalSecond * 1000);
      logs.skipBefore(logSecond * 1000);
    },
    journalComplete: () => journal.complete,
    logsComplete: (max: number) => logs.complete(max),
    secondsUntilSamplesComplete() {
      if (skipOpen) return skipBeforeSecond - flushedSeconds + maxPendingSamples;
      return skippedSinceTake ? Math.max(0, maxPendingSamples - builtSinceSkip) : 0;
    },
    takeLogs: (max?: number) => logs.take(max),
    takeEnvironmentEvents: () => journal.takeEnvironmentEvents(),
    takeTraceEvents: () => journal.takeTraceEvents(),
    dataSnapshot: (limit = 50) => sources.snapshot(limit),
    takeRecentSamples,
    liveState,
    report(): Report {
      return buildReport({
        scenarioName: scenario.name,
        seed,
        nowMs: clock.nowMs,
        functions: [...functions.values()],
        clients: clients.map((c) => ({ id: c.node.id, requests: c.requests, statusCodes: Object.fromEntries(c.statusCodes.map((code, i) => [code, c.statusCounts[i]])) })),
        accountMaxBusy: accountPool.maxBusy,
        accountThrottles: accountPool.throttles,
        pricing: account.pricing,
        series: keptSeries,
        destinations: destinationsReceived,
        queues: sources.queueReports(),
        streams: sources.streamReports(),
        iteratorAgeMaxMs: (id) => sources.iteratorAgeMaxMs(id),
      });
    },
    testInvoke,
    sendFromClient,
  };
  return sim;
}
