// CommonJS loading inside one environment, and Lambda's handler-string resolution.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { ErrorPayload } from '../../engine/handlerHost';
import type { CompileProblem } from '../compile/compiledTypes';
import { NODE_BUILTINS } from './builtinModules';
import { SIMULATED_SDK_PACKAGES } from './awsSdk/createAwsSdkModule';
import { runtimeError, toErrorPayload } from './errorPayload';
import { dirname, resolveModulePath } from './resolveModulePath';
import type { SandboxEnv } from './sandboxEnvironment';

export interface ModuleRecord {
  id: string;
  filename: string;
  path: string;
  exports: any;
  loaded: boolean;
  children: ModuleRecord[];
  paths: string[];
  require: (specifier: string) => unknown;
}

class UserCodeSyntaxError extends SyntaxError {
  constructor(readonly problem: CompileProblem) {
    super(problem.message.replace(/^SyntaxError: /, ''));
  }
}

function moduleNotFound(specifier: string, fromPath: string): Error {
  const name = specifier.replace(/^node:/, '');
  let note = '';
  if (NODE_BUILTINS.has(name)) note = ` (the Node.js built-in '${name}' is not available in the Lambda Playground sandbox)`;
  else if (name === 'aws-sdk') note = " (Lambda's Node.js 18 and later runtimes include the AWS SDK for JavaScript v3 only: use the @aws-sdk/client-* packages)";
  else if (name.startsWith('@aws-sdk/')) note = ` (the Lambda Playground simulates ${SIMULATED_SDK_PACKAGES.join(', ')})`;
  const error = new Error(`Cannot find module '${specifier}'${note}\nRequire stack:\n- ${fromPath}`);
  (error as any).code = 'MODULE_NOT_FOUND';
  return error;
}

export function requireFrom(env: SandboxEnv, fromPath: string, specifier: string): unknown {
  if (typeof specifier !== 'string') throw new TypeError('The "id" argument must be of type string');
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const cacheKey = `node:${name}`;
  const cached = env.modules.get(cacheKey);
  if (cached) return cached.exports;
  const builtin = env.host.builtin(name);
  if (builtin !== undefined) {
    env.modules.set(cacheKey, { id: name, filename: name, path: '', exports: builtin, loaded: true, children: [], paths: [], require: () => undefined });
    return builtin;
  }
  const path = resolveModulePath(env.files, dirname(fromPath), specifier, env.nodeMajor);
  if (path === null) throw moduleNotFound(specifier, fromPath);
  return loadModule(env, path).exports;
}

export function loadModule(env: SandboxEnv, path: string): ModuleRecord {
  const existing = env.modules.get(path);
  if (existing) return existing;
  const file = env.files[path];
  const dir = dirname(path);
  const require = (specifier: string) => requireFrom(env, path, specifier);
  (require as any).resolve = (specifier: string) => resolveModulePath(env.files, dir, specifier, env.nodeMajor) ?? specifier;
  const record: ModuleRecord = { id: path, filename: path, path: dir, exports: {}, loaded: false, children: [], paths: [], require };
  env.modules.set(path, record);
  if (file.kind === 'error') {
    env.modules.delete(path);
    throw new UserCodeSyntaxError(file.problem);
  }
  if (file.kind === 'json') {
    try {
      record.exports = JSON.parse(file.source);
    } catch (error) {
      env.modules.delete(path);
      throw new SyntaxError(`${path}: ${(error as Error).message}`, { cause: error });
    }
  } else {
    const fn = env.host.moduleFunction(env.files, path);
    const dynamicImport = (specifier: string) => {
      const P = env.host.realm.Promise;
      return P.resolve(specifier).then((s: string) => namespaceOf(require(s)));
    };
    const args = [record.exports, require, record, path, dir, `file://${path}`, env.host.check, env.trackTopLevelAwait, dynamicImport, env.process, env.globalObject, env.globalObject];
    fn.apply(record.exports, args.concat(env.host.sharedArgs));
  }
  record.loaded = true;
  return record;
}

/** What `await import(x)` gives: ESM exports as they are, CommonJS exports as `default` plus named keys. */
function namespaceOf(exports: any): any {
  if (exports && exports.__esModule) return exports;
  const namespace: Record<string, unknown> = { default: exports };
  if (exports && (typeof exports === 'object' || typeof exports === 'function')) {
    for (const key of Object.keys(exports)) if (key !== 'default') namespace[key] = exports[key];
  }
  return namespace;
}

const FUNCTION_EXPR = /^([^.]*)\.(.*)$/;
const MODULE_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

/** Lambda's UserFunction.load: "dir/file.export.path" -> the module's exports. */
export function loadHandlerModule(env: SandboxEnv): unknown {
  const handler = env.spec.handler;
  if (handler.includes('..')) {
    throw new HandlerError('Runtime.MalformedHandlerName', `'${handler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
  }
  const slash = handler.lastIndexOf('/');
  const moduleRoot = handler.slice(0, slash + 1);
  const match = FUNCTION_EXPR.exec(handler.slice(slash + 1));
  if (!match) throw new HandlerError('Runtime.MalformedHandlerName', 'Bad handler');
  const base = `/var/task/${moduleRoot}${match[1]}`.replace(/\/+/g, '/');
  const path = MODULE_EXTENSIONS.map((ext) => base + ext).find((p) => env.files[p] !== undefined);
  if (path === undefined) {
    throw new HandlerError('Runtime.ImportModuleError', `Error: Cannot find module '${match[1]}'\nRequire stack:\n- /var/runtime/index.mjs`);
  }
  return loadModule(env, path).exports;
}

export function resolveHandlerFunction(env: SandboxEnv, moduleExports: unknown): (...args: any[]) => any {
  const handler = env.spec.handler;
  const propertyPath = (FUNCTION_EXPR.exec(handler.slice(handler.lastIndexOf('/') + 1)) as RegExpExecArray)[2];
  let fn: any = moduleExports;
  for (const key of propertyPath.split('.')) fn = fn?.[key];
  if (!fn) throw new HandlerError('Runtime.HandlerNotFound', `${handler} is undefined or not exported`);
  if (propertyPath === 'default' && typeof fn === 'object' && typeof fn.default === 'function') fn = fn.default;
  if (typeof fn !== 'function') throw new HandlerError('Runtime.HandlerNotFound', `${handler} is not a function`);
  return fn;
}

export class HandlerError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

/** How Lambda labels an error thrown while loading the function (its Init phase). */
export function initErrorPayload(error: unknown, mapStack?: (stack: string) => string): ErrorPayload {
  if (error instanceof HandlerError) return runtimeError(error.errorType, error.message);
  if (error instanceof UserCodeSyntaxError) {
    const p = error.problem;
    const payload = runtimeError('Runtime.UserCodeSyntaxError', p.message);
    payload.trace.push(`    at ${p.file}:${p.line}:${p.column}`);
    return payload;
  }
  if (error instanceof SyntaxError) return runtimeError('Runtime.UserCodeSyntaxError', `SyntaxError: ${error.message}`);
  if ((error as any)?.code === 'MODULE_NOT_FOUND') return runtimeError('Runtime.ImportModuleError', `Error: ${(error as Error).message}`);
  return toErrorPayload(error, mapStack);
}
