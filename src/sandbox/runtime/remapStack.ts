// Rewrites /var/task and /opt positions in a V8 stack from compiled-body coordinates to the
// user's source, using the line maps from compile time.
import type { CompiledFiles } from '../compile/compiledTypes';
import { lookupLineMap } from '../compile/sourceLineMap';

/** V8 puts `function anonymous(<params>\n) {\n` before a `new Function` body. */
const WRAPPER_LINES = 2;
const FRAME = /(\/(?:var\/task|opt)\/[^\s:()]+):(\d+):(\d+)/g;

/** Hoisted generators are named __lp_g<n>_<function name> (compile/hoistAsyncGenerators.ts). */
const HOISTED_NAME = /\bat __lp_g\d+(?:_([\w$]+))? \(/g;

export function remapStack(stack: string, files: CompiledFiles): string {
  return stack.replace(HOISTED_NAME, (_whole, name: string | undefined) => `at ${name ?? 'async'} (`).replace(FRAME, (whole, path: string, line: string, column: string) => {
    const file = files[path];
    if (!file || file.kind !== 'js' || !file.lineMap) return whole;
    const position = lookupLineMap(file.lineMap, Number(line) - WRAPPER_LINES, Number(column));
    return position ? `${path}:${position.line}:${position.column}` : whole;
  });
}
