// The function's own files as fs sees them: /var/task/<file> and, for layers, /opt/<file>
// (later layers win, the function's code is separate).
import type { EnvironmentSpec } from '../../engine/handlerHost';

export function readOnlyFile(spec: EnvironmentSpec, path: string): string | undefined {
  if (path.startsWith('/var/task/')) return spec.files[path.slice('/var/task/'.length)];
  if (path.startsWith('/opt/')) {
    const relative = path.slice('/opt/'.length);
    for (let i = spec.layers.length - 1; i >= 0; i--) {
      const text = spec.layers[i][relative];
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
