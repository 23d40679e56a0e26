// A per-environment `process`: Lambda's environment variables and the handful of members
// handler code touches. Anything that would reach the real host process is left out.
import type { EnvironmentSpec } from '../../engine/handlerHost';

export interface ProcessOwner {
  now(): number;
  createdMs: number;
  nextTick(fn: (...args: unknown[]) => void, args: unknown[]): void;
  exit(code: number): void;
  writeLog(level: 'INFO' | 'ERROR', message: string): void;
}

const NODE_VERSIONS: Record<string, string> = {
  'nodejs18.x': 'v18.20.8',
  'nodejs20.x': 'v20.19.5',
  'nodejs22.x': 'v22.21.1',
  'nodejs24.x': 'v24.11.1',
};

export function lambdaEnvironmentVariables(spec: EnvironmentSpec): Record<string, string> {
  const nodeMajor = /nodejs(\d+)/.exec(spec.runtime)?.[1] ?? '22';
  return {
    ...spec.environment,
    AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: spec.logStreamName,
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    AWS_REGION: spec.region,
    AWS_DEFAULT_REGION: spec.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${nodeMajor}.x`,
    AWS_NODEJS_CONNECTION_REUSE_ENABLED: '1',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    LANG: 'en_US.UTF-8',
    NODE_PATH: `/opt/nodejs/node${nodeMajor}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    TZ: ':UTC',
    _HANDLER: spec.handler,
    // Set by Lambda when LoggingConfig.LogFormat is JSON (loggers such as Powertools read them).
    ...(spec.logFormat === 'JSON' ? { AWS_LAMBDA_LOG_FORMAT: 'JSON', AWS_LAMBDA_LOG_LEVEL: spec.logLevel ?? 'INFO' } : {}),
  };
}

const LISTENER_METHODS = ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener'];

/**
 * Members live on the prototype (one object per environment, no closures): environment
 * creation stays cheap with a thousand environments.
 */
class LambdaProcess {
  env: Record<string, string>;
  version: string;
  versions: { node: string };
  platform = 'linux';
  arch = 'x64';
  pid = 8;
  ppid = 1;
  title = 'node';
  argv = ['/var/lang/bin/node', '/var/runtime/index.mjs'];
  execArgv: string[] = [];
  execPath = '/var/lang/bin/node';
  exitCode: number | undefined = undefined;
  readonly #owner: ProcessOwner;

  constructor(owner: ProcessOwner, env: Record<string, string>, version: string) {
    this.#owner = owner;
    this.env = env;
    this.version = version;
    this.versions = { node: version.slice(1) };
    this.stdout = { write: (chunk: unknown) => (owner.writeLog('INFO', String(chunk)), true) };
    this.stderr = { write: (chunk: unknown) => (owner.writeLog('ERROR', String(chunk)), true) };
  }

  stdout: { write(chunk: unknown): boolean };
  stderr: { write(chunk: unknown): boolean };

  cwd(): string {
    return '/var/task';
  }
  uptime(): number {
    return (this.#owner.now() - this.#owner.createdMs) / 1000;
  }
  memoryUsage() {
    return { rss: 70e6, heapTotal: 20e6, heapUsed: 12e6, external: 2e6, arrayBuffers: 1e5 };
  }
  nextTick(fn: (...args: unknown[]) => void, ...args: unknown[]): void {
    this.#owner.nextTick(fn, args);
  }
  exit(code?: number): void {
    this.#owner.exit(code ?? this.exitCode ?? 0);
  }
  emitWarning(warning: unknown): void {
    this.#owner.writeLog('ERROR', `(node:8) Warning: ${String(warning)}`);
  }
  emit(): boolean {
    return false;
  }
  listenerCount(): number {
    return 0;
  }
  get hrtime() {
    const owner = this.#owner;
    const hrtime = (previous?: [number, number]) => {
      const ns = Math.round(owner.now() * 1e6);
      let seconds = Math.floor(ns / 1e9);
      let nanos = ns % 1e9;
      if (previous) {
        seconds -= previous[0];
        nanos -= previous[1];
        if (nanos < 0) {
          seconds--;
          nanos += 1e9;
        }
      }
      return [seconds, nanos];
    };
    hrtime.bigint = () => BigInt(Math.round(owner.now() * 1e6));
    return hrtime;
  }
}
// Event registration is accepted and ignored: the runtime, not the handler, owns the process.
for (const name of LISTENER_METHODS) {
  Object.defineProperty(LambdaProcess.prototype, name, {
    value(this: LambdaProcess) {
      return this;
    },
  });
}

const templates = new WeakMap<EnvironmentSpec['environment'], { key: string; vars: Record<string, string> }>();

export function createProcess(owner: ProcessOwner, spec: EnvironmentSpec): Record<string, unknown> {
  const version = NODE_VERSIONS[spec.runtime] ?? NODE_VERSIONS['nodejs22.x'];
  // Environments of one function share their variables but each gets its own (mutable) copy.
  const key = `${spec.functionName}|${spec.memoryMB}|${spec.region}|${spec.runtime}|${spec.handler}|${spec.logFormat}|${spec.logLevel}`;
  let template = templates.get(spec.environment);
  if (!template || template.key !== key) {
    template = { key, vars: lambdaEnvironmentVariables({ ...spec, logStreamName: '' }) };
    templates.set(spec.environment, template);
  }
  const vars = { ...template.vars, AWS_LAMBDA_LOG_STREAM_NAME: spec.logStreamName };
  return new LambdaProcess(owner, vars, version) as unknown as Record<string, unknown>;
}
