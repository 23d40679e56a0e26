// Every compiled file becomes `new Function(...WRAPPER_PARAMS, body)`, compiled once per
// function and called once per environment: the parameters shadow the real globals with the
// environment's virtual ones (the cheapest isolation that keeps module scopes apart).
import { ASYNC_HELPER, DYNAMIC_IMPORT, LOOP_CHECK, TLA_HOOK } from '../compile/hookNames';

/** Per-module and per-environment values, in this order. */
export const MODULE_PARAMS = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__lp_meta_url',
  LOOP_CHECK,
  TLA_HOOK,
  DYNAMIC_IMPORT,
  'process',
  'globalThis',
  'global',
] as const;

/** Shared by all environments of a host (they read the running environment). */
export const SHARED_PARAMS = [
  ASYNC_HELPER,
  'Promise',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
  'Date',
  'performance',
  'Math',
  'console',
  'crypto',
  'structuredClone',
  'fetch',
  'Buffer',
] as const;

/** Worker globals a Lambda handler would not see; shadowed as undefined. */
export const HIDDEN_PARAMS = ['self', 'window', 'postMessage', 'importScripts', 'addEventListener', 'onmessage', 'close'] as const;

export type ModuleFunction = (...args: unknown[]) => void;

const STRICT = '"use strict";';

/**
 * The body goes inside a block: top-level `const crypto = require('crypto')` (or `let console`,
 * `const process`, ...) must shadow the wrapper parameter, not clash with it ("Identifier has
 * already been declared"). The directive stays first so strict mode still applies; everything
 * stays on the same lines, so source positions still map.
 */
export function compileModuleFunction(body: string, path: string): ModuleFunction {
  const strict = body.startsWith(STRICT);
  const code = strict ? body.slice(STRICT.length) : body;
  const source = `${strict ? STRICT : ''}{${code}\n}\n//# sourceURL=${path}`;
  return new Function(...MODULE_PARAMS, ...SHARED_PARAMS, ...HIDDEN_PARAMS, source) as ModuleFunction;
}
