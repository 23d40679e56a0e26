// Node-style resolution over the function's virtual file system (/var/task + layers in /opt).
import type { CompiledFiles } from '../compile/compiledTypes';

const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json'];

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

function packageMain(files: CompiledFiles, dir: string): string | null {
  const pkg = files[`${dir}/package.json`];
  if (!pkg || pkg.kind !== 'json') return null;
  try {
    const parsed = JSON.parse(pkg.source) as { main?: unknown; module?: unknown };
    return typeof parsed.main === 'string' ? parsed.main : null;
  } catch {
    return null;
  }
}

function resolveFile(files: CompiledFiles, base: string): string | null {
  for (const ext of EXTENSIONS) if (files[base + ext] && !(base + ext).endsWith('/package.json')) return base + ext;
  const main = packageMain(files, base);
  if (main) {
    const found = resolveFile(files, normalizePath(`${base}/${main}`));
    if (found) return found;
  }
  for (const ext of EXTENSIONS.slice(1)) if (files[`${base}/index${ext}`]) return `${base}/index${ext}`;
  return null;
}

/** Search order follows Lambda's NODE_PATH: node_modules up the tree, then the layer folders. */
export function resolveModulePath(files: CompiledFiles, fromDir: string, specifier: string, nodeMajor: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return resolveFile(files, normalizePath(`${fromDir}/${specifier}`));
  }
  if (specifier.startsWith('/')) return resolveFile(files, normalizePath(specifier));
  const roots: string[] = [];
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (!dir.endsWith('/node_modules')) roots.push(`${dir === '/' ? '' : dir}/node_modules`);
    if (dir === '/') break;
  }
  roots.push(`/opt/nodejs/node${nodeMajor}/node_modules`, '/opt/nodejs/node_modules', '/opt/nodejs', '/var/task');
  for (const root of roots) {
    const found = resolveFile(files, `${root}/${specifier}`);
    if (found) return found;
  }
  return null;
}
