// `import(x)` inside a `new Function` body would reach the host's real module loader (and a
// native promise). Route it to the sandbox loader instead: __lp_import(x) resolves, on the
// sandbox Promise, to the module's namespace (see runtime/moduleLoader.ts).
import { parse } from 'acorn';
import { DYNAMIC_IMPORT } from './hookNames';

interface N {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function rewriteDynamicImport(code: string): string {
  if (!code.includes('import(') && !code.includes('import (')) return code;
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true }) as unknown as N;
  const starts: number[] = [];
  const stack: N[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as N;
    if (node.type === 'ImportExpression') starts.push(node.start);
    for (const key in node) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof (item as N).type === 'string') stack.push(item as N);
      } else if (child && typeof (child as N).type === 'string') {
        stack.push(child as N);
      }
    }
  }
  starts.sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const start of starts) {
    out += code.slice(last, start) + DYNAMIC_IMPORT;
    last = start + 'import'.length;
  }
  return out + code.slice(last);
}
