// One generic AWS SDK v3 client package built from a table: the bare client (S3Client + send of
// XCommand objects), the aggregated client (new S3().putObject(input)), the command classes
// and the exception classes. Calls go to the environment running right now (host.cur).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ServiceName, ServiceRequest } from '../../../engine/handlerHost';
import type { PromiseRealm, SandboxPromise } from '../promiseRealm';
import { createPaginator, type PaginationTokens } from './createPaginator';
import { SDK_ENUMS } from './sdkEnums';
import { exportedExceptions } from './sdkError';
import { maxAttemptsOf, withRetries, type RetryGlobals } from './withRetries';

/** The sandbox's own globals: outputs are instances of what user code sees, waits are virtual. */
export interface SdkGlobals extends RetryGlobals {
  Date: DateConstructor;
}

/** What the shims need from the host: the running environment, the Promise realm, the globals. */
export interface SdkHost {
  cur: { callService(request: ServiceRequest): SandboxPromise; spec: { region: string } } | null;
  realm: PromiseRealm;
  shared: SdkGlobals;
}

export interface OperationDef {
  /** SDK input -> what the engine takes (world.ts). */
  input?: (input: Record<string, any>) => Record<string, any>;
  /** Engine output -> what the SDK returns. */
  output?: (output: Record<string, any>, g: SdkGlobals, input: Record<string, any>) => Record<string, any>;
}

export interface ServiceModuleDef {
  service: ServiceName;
  /** "S3": exports S3Client and S3. */
  clientName: string;
  operations: Record<string, OperationDef>;
  exceptions: readonly string[];
  /** Operations with a paginateX export, and their tokens. */
  paginators?: Record<string, PaginationTokens>;
}

const COMMAND = Symbol('lambda-playground.command');

export interface CommandMeta {
  service: ServiceName;
  operation: string;
  def: OperationDef;
}

/** A do-nothing middleware stack: code that adds middleware keeps working. */
function middlewareStack(): Record<string, unknown> {
  const stack: Record<string, unknown> = {
    add: () => undefined,
    addRelativeTo: () => undefined,
    use: () => undefined,
    remove: () => false,
    removeByTag: () => false,
    identify: () => [],
  };
  stack.clone = () => stack;
  stack.concat = () => stack;
  return stack;
}

export class SdkCommand {
  readonly input: Record<string, any>;
  readonly middlewareStack = middlewareStack();
  constructor(input?: Record<string, any>) {
    this.input = input ?? {};
  }
}

export function commandMeta(command: unknown): CommandMeta | undefined {
  return (command as Record<symbol, CommandMeta> | null)?.[COMMAND];
}

export function defineCommand(name: string, meta: CommandMeta, Base: typeof SdkCommand = SdkCommand): typeof SdkCommand {
  const cls = { [name]: class extends Base {} }[name];
  Object.defineProperty(cls.prototype, COMMAND, { value: meta });
  return cls;
}

/** Sends one operation from the running environment (with the SDK's retries) and shapes its output. */
export function callOperation(host: SdkHost, meta: CommandMeta, input: Record<string, any>, config: Record<string, any> | undefined): SandboxPromise {
  const env = host.cur;
  if (env === null) throw new Error('AWS SDK calls can only be made by a running Lambda environment');
  const request = { service: meta.service, operation: meta.operation, input: meta.def.input ? meta.def.input(input) : input };
  const pending = withRetries(() => env.callService(request), maxAttemptsOf(config), host.shared);
  const shape = meta.def.output;
  return shape ? pending.then((out: Record<string, any>) => shape(out, host.shared, input)) : pending;
}

/** client.send(command[, options][, callback]): a promise, or the callback when one is given. */
export function sendWith(host: SdkHost, run: () => SandboxPromise, args: unknown[]): SandboxPromise | undefined {
  const P = host.realm.Promise;
  let promise: SandboxPromise;
  try {
    promise = run();
  } catch (error) {
    promise = P.reject(error);
  }
  const callback = args.find((a) => typeof a === 'function') as ((error: unknown, data?: unknown) => void) | undefined;
  if (!callback) return promise;
  promise.then(
    (data: unknown) => callback(null, data),
    (error: unknown) => callback(error),
  );
  return undefined;
}

export function clientConfig(host: SdkHost, config: Record<string, any> | undefined): Record<string, any> {
  const region = config?.region ?? host.cur?.spec.region ?? 'us-east-1';
  // The SDK resolves region (and most config) to async providers.
  return { ...config, region: () => host.realm.Promise.resolve(typeof region === 'function' ? region() : region) };
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function createServiceModule(host: SdkHost, def: ServiceModuleDef): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const commands: Record<string, typeof SdkCommand> = {};
  for (const [operation, opDef] of Object.entries(def.operations)) {
    const name = `${operation}Command`;
    commands[operation] = defineCommand(name, { service: def.service, operation, def: opDef });
    exports[name] = commands[operation];
  }
  const clientName = `${def.clientName}Client`;
  const Client = {
    [clientName]: class {
      readonly config: Record<string, any>;
      readonly middlewareStack = middlewareStack();
      constructor(config?: Record<string, any>) {
        this.config = clientConfig(host, config);
      }
      send(command: unknown, ...args: unknown[]): SandboxPromise | undefined {
        return sendWith(
          host,
          () => {
            const meta = commandMeta(command);
            if (!meta || meta.service !== def.service) {
              throw new TypeError(`${clientName}.send() needs a command from @aws-sdk/client-${def.service}`);
            }
            return callOperation(host, meta, (command as SdkCommand).input, this.config);
          },
          args,
        );
      }
      destroy(): void {}
    },
  }[clientName];
  const Aggregated = { [def.clientName]: class extends Client {} }[def.clientName];
  for (const operation of Object.keys(def.operations)) {
    const Command = commands[operation];
    Object.defineProperty(Aggregated.prototype, lowerFirst(operation), {
      value: function (this: InstanceType<typeof Client>, input: Record<string, any>, ...args: unknown[]) {
        return this.send(new Command(input), ...args);
      },
      writable: true,
      configurable: true,
    });
  }
  exports[clientName] = Client;
  exports[def.clientName] = Aggregated;
  for (const [operation, tokens] of Object.entries(def.paginators ?? {})) exports[`paginate${operation}`] = createPaginator(host, commands[operation], tokens);
  Object.assign(exports, exportedExceptions(def.service, def.exceptions), SDK_ENUMS[def.service]);
  return exports;
}
