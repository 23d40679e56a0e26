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
  };
}

export function createProcess(owner: ProcessOwner, spec: EnvironmentSpec): Record<string, unknown> {
  const version = NODE_VERSIONS[spec.runtime] ?? NODE_VERSIONS['nodejs22.x'];
  const hrtimeNs = () => BigInt(Math.round(owner.now() * 1e6));
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
  hrtime.bigint = hrtimeNs;
  const process: Record<string, unknown> = {
    env: lambdaEnvironmentVariables(spec),
    version,
    versions: { node: version.slice(1) },
    platform: 'linux',
    arch: 'x64',
    pid: 8,
    ppid: 1,
    title: 'node',
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    execArgv: [],
    execPath: '/var/lang/bin/node',
    release: { name: 'node', lts: true },
    exitCode: undefined,
    cwd: () => '/var/task',
    uptime: () => (owner.now() - owner.createdMs) / 1000,
    hrtime,
    memoryUsage: () => ({ rss: 70e6, heapTotal: 20e6, heapUsed: 12e6, external: 2e6, arrayBuffers: 1e5 }),
    nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => owner.nextTick(fn, args),
    exit: (code?: number) => owner.exit(code ?? 0),
    emitWarning: (warning: unknown) => owner.writeLog('ERROR', `(node:8) Warning: ${String(warning)}`),
    stdout: { write: (chunk: unknown) => (owner.writeLog('INFO', String(chunk)), true) },
    stderr: { write: (chunk: unknown) => (owner.writeLog('ERROR', String(chunk)), true) },
  };
  // Event registration is accepted and ignored: the runtime, not the handler, owns the process.
  for (const name of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener']) {
    process[name] = () => process;
  }
  process.emit = () => false;
  process.listenerCount = () => 0;
  return process;
}
