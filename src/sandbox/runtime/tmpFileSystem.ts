// Each environment's file system: /tmp is writable (it survives warm invokes and, like on
// Lambda, an environment reset: SandboxEnvironment.transferState), limited to the function's
// ephemeral storage; the function's own files under /var/task and /opt are readable.

export interface FsEntryStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  mtimeMs: number;
}

export class TmpFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/tmp']);
  usedBytes = 0;

  constructor(
    readonly capacityBytes: number,
    private readonly readOnly: (path: string) => string | undefined,
    inherited?: unknown,
  ) {
    const state = inherited as { files?: Map<string, Uint8Array>; dirs?: Set<string> } | undefined;
    if (state?.files instanceof Map && state.dirs instanceof Set) {
      for (const [path, bytes] of state.files) this.put(path, bytes);
      for (const dir of state.dirs) this.dirs.add(dir);
    }
  }

  /** What a reset environment inherits (the engine treats it as opaque). */
  transfer(): unknown {
    return { files: new Map(this.files), dirs: new Set(this.dirs) };
  }

  static normalize(path: unknown): string {
    if (path instanceof URL) path = path.pathname;
    const text = String(path);
    const absolute = text.startsWith('/') ? text : `/var/task/${text}`;
    const parts: string[] = [];
    for (const part of absolute.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return '/' + parts.join('/');
  }

  private static error(code: string, message: string, syscall: string, path: string): Error {
    const error = new Error(`${code}: ${message}, ${syscall} '${path}'`) as Error & Record<string, unknown>;
    Object.assign(error, { code, syscall, path, errno: -1 });
    return error;
  }

  private writable(path: string, syscall: string): void {
    if (path !== '/tmp' && !path.startsWith('/tmp/')) throw TmpFileSystem.error('EROFS', 'read-only file system', syscall, path);
  }

  private parentExists(path: string, syscall: string): void {
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (!this.dirs.has(parent)) throw TmpFileSystem.error('ENOENT', 'no such file or directory', syscall, path);
  }

  private put(path: string, bytes: Uint8Array): void {
    const before = this.files.get(path)?.length ?? 0;
    this.usedBytes += bytes.length - before;
    this.files.set(path, bytes);
  }

  read(path: string): Uint8Array {
    const inTmp = this.files.get(path);
    if (inTmp) return inTmp;
    const source = this.readOnly(path);
    if (source !== undefined) return new TextEncoder().encode(source);
    if (this.dirs.has(path)) throw TmpFileSystem.error('EISDIR', 'illegal operation on a directory', 'read', path);
    throw TmpFileSystem.error('ENOENT', 'no such file or directory', 'open', path);
  }

  write(path: string, bytes: Uint8Array, append = false): void {
    this.writable(path, 'open');
    this.parentExists(path, 'open');
    if (this.dirs.has(path)) throw TmpFileSystem.error('EISDIR', 'illegal operation on a directory', 'open', path);
    const existing = append ? this.files.get(path) : undefined;
    const next = existing ? new Uint8Array(existing.length + bytes.length) : bytes.slice();
    if (existing) {
      next.set(existing);
      next.set(bytes, existing.length);
    }
    const growth = next.length - (this.files.get(path)?.length ?? 0);
    if (this.usedBytes + growth > this.capacityBytes) throw TmpFileSystem.error('ENOSPC', 'no space left on device', 'write', path);
    this.put(path, next);
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.dirs.has(path) || this.readOnly(path) !== undefined || path === '/var/task' || path === '/';
  }

  mkdir(path: string, recursive: boolean): void {
    this.writable(path, 'mkdir');
    if (this.dirs.has(path)) {
      if (recursive) return;
      throw TmpFileSystem.error('EEXIST', 'file already exists', 'mkdir', path);
    }
    if (!recursive) this.parentExists(path, 'mkdir');
    let dir = '';
    for (const part of path.split('/').slice(1)) {
      dir += `/${part}`;
      this.dirs.add(dir);
    }
  }

  list(path: string): string[] {
    if (!this.dirs.has(path)) throw TmpFileSystem.error('ENOENT', 'no such file or directory', 'scandir', path);
    const prefix = `${path}/`;
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  remove(path: string, recursive: boolean, force: boolean): void {
    this.writable(path, 'rm');
    if (this.files.has(path)) {
      this.usedBytes -= (this.files.get(path) as Uint8Array).length;
      this.files.delete(path);
      return;
    }
    if (this.dirs.has(path) && path !== '/tmp') {
      if (!recursive && this.list(path).length > 0) throw TmpFileSystem.error('ENOTEMPTY', 'directory not empty', 'rmdir', path);
      for (const p of [...this.files.keys()]) if (p.startsWith(`${path}/`)) this.remove(p, false, true);
      for (const d of [...this.dirs]) if (d === path || d.startsWith(`${path}/`)) this.dirs.delete(d);
      return;
    }
    if (!force) throw TmpFileSystem.error('ENOENT', 'no such file or directory', 'unlink', path);
  }

  stat(path: string, nowMs: number): FsEntryStat {
    const isDir = this.dirs.has(path) || path === '/var/task';
    if (!isDir && !this.exists(path)) throw TmpFileSystem.error('ENOENT', 'no such file or directory', 'stat', path);
    const size = isDir ? 4096 : this.read(path).length;
    return { isFile: () => !isDir, isDirectory: () => isDir, size, mtimeMs: nowMs };
  }
}
