// `fs`, `fs/promises` (and `node:` forms) over the running environment's TmpFileSystem.
// Callback forms answer on the next turn (setImmediate), promise forms with sandbox promises.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { Buffer } from './bufferShim';
import type { BuiltinGlobals } from './builtinModules';
import type { CurrentEnv } from './sandboxGlobals';
import { TmpFileSystem } from './tmpFileSystem';

function encodingOf(options: unknown): string | undefined {
  if (typeof options === 'string') return options;
  const encoding = (options as { encoding?: unknown } | null)?.encoding;
  return typeof encoding === 'string' ? encoding : undefined;
}

function toBytes(data: unknown, options: unknown): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, encodingOf(options) ?? 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(String(data));
}

export function createFsModule(host: CurrentEnv, g: BuiltinGlobals): { fs: any; promises: any } {
  const fsOf = (): TmpFileSystem => {
    const env = host.cur;
    if (env === null) throw new Error('fs was used outside of a running Lambda environment');
    return env.tmp;
  };
  const now = () => (host.cur ? host.cur.epochMs + host.cur.now() : 0);
  const path = TmpFileSystem.normalize;

  const sync = {
    readFileSync(file: unknown, options?: unknown) {
      const bytes = Buffer.from(fsOf().read(path(file)));
      const encoding = encodingOf(options);
      return encoding ? bytes.toString(encoding) : bytes;
    },
    writeFileSync(file: unknown, data: unknown, options?: unknown) {
      fsOf().write(path(file), toBytes(data, options));
    },
    appendFileSync(file: unknown, data: unknown, options?: unknown) {
      fsOf().write(path(file), toBytes(data, options), true);
    },
    existsSync: (file: unknown) => fsOf().exists(path(file)),
    mkdirSync(dir: unknown, options?: unknown) {
      fsOf().mkdir(path(dir), Boolean((options as { recursive?: boolean } | null)?.recursive));
    },
    readdirSync: (dir: unknown) => fsOf().list(path(dir)),
    unlinkSync: (file: unknown) => fsOf().remove(path(file), false, false),
    rmSync(file: unknown, options?: unknown) {
      const o = (options ?? {}) as { recursive?: boolean; force?: boolean };
      fsOf().remove(path(file), Boolean(o.recursive), Boolean(o.force));
    },
    rmdirSync: (dir: unknown, options?: unknown) => fsOf().remove(path(dir), Boolean((options as { recursive?: boolean } | null)?.recursive), false),
    statSync: (file: unknown) => fsOf().stat(path(file), now()),
    lstatSync: (file: unknown) => fsOf().stat(path(file), now()),
    accessSync(file: unknown) {
      fsOf().stat(path(file), now());
    },
  };

  const P = g.Promise;
  const promiseOf = (fn: (...args: any[]) => unknown) => (...args: any[]) => {
    try {
      return P.resolve(fn(...args));
    } catch (error) {
      return P.reject(error);
    }
  };
  const promises: Record<string, unknown> = {
    readFile: promiseOf(sync.readFileSync),
    writeFile: promiseOf(sync.writeFileSync),
    appendFile: promiseOf(sync.appendFileSync),
    mkdir: promiseOf(sync.mkdirSync),
    readdir: promiseOf(sync.readdirSync),
    unlink: promiseOf(sync.unlinkSync),
    rm: promiseOf(sync.rmSync),
    rmdir: promiseOf(sync.rmdirSync),
    stat: promiseOf(sync.statSync),
    lstat: promiseOf(sync.lstatSync),
    access: promiseOf(sync.accessSync),
  };

  const callbackOf = (fn: (...args: any[]) => unknown) => (...args: any[]) => {
    const cb = args.pop();
    if (typeof cb !== 'function') throw new TypeError('The "cb" argument must be of type function.');
    let result: unknown;
    let error: unknown = null;
    try {
      result = fn(...args);
    } catch (e) {
      error = e;
    }
    g.setImmediate(() => cb(error, result));
  };
  const fs: Record<string, unknown> = { ...sync, promises, constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 } };
  for (const [name, fn] of Object.entries(sync)) {
    if (name.endsWith('Sync') && name !== 'existsSync') fs[name.slice(0, -4)] = callbackOf(fn);
  }
  fs.exists = (file: unknown, cb: (exists: boolean) => void) => g.setImmediate(() => cb(sync.existsSync(file)));
  fs.default = fs;
  promises.default = promises;
  return { fs, promises };
}
