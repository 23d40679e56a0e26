// Inserts a budget check at the top of every loop body so a runaway CPU loop can be stopped:
// the sandbox shares its thread with the engine, so nothing else could interrupt it.
import { parse } from 'acorn';

import { ASYNC_HELPER, LOOP_CHECK } from './hookNames';

interface AstNode {
  type: string;
  start: number;
  end: number;
  body?: AstNode;
  [key: string]: unknown;
}

const LOOP_TYPES = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function collectLoopBodies(root: AstNode): AstNode[] {
  const bodies: AstNode[] = [];
  const stack: AstNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AstNode;
    if (LOOP_TYPES.has(node.type) && node.body) bodies.push(node.body);
    for (const key in node) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return bodies;
}

/** `code` must be a script (CommonJS output of esbuild). Throws acorn's SyntaxError if it does not parse. */
export function instrumentLoops(code: string): string {
  const ast = parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true,
    allowHashBang: true,
  }) as unknown as AstNode;
  const inserts: { at: number; text: string; order: number }[] = [];
  const removals = helperDeclarations(ast);
  const check = `${LOOP_CHECK}();`;
  for (const body of collectLoopBodies(ast)) {
    if (removals.some((r) => body.start >= r.start && body.end <= r.end)) continue;
    if (body.type === 'BlockStatement') {
      inserts.push({ at: body.start + 1, text: check, order: inserts.length });
    } else {
      inserts.push({ at: body.start, text: `{${check}`, order: inserts.length });
      inserts.push({ at: body.end, text: '}', order: inserts.length });
    }
  }
  if (inserts.length === 0 && removals.length === 0) return code;
  // Closing braces before opening ones at the same offset keeps adjacent bodies balanced.
  inserts.sort((a, b) => a.at - b.at || (a.text === '}' ? -1 : 1) - (b.text === '}' ? -1 : 1) || a.order - b.order);
  let out = '';
  let last = 0;
  for (const insert of inserts) {
    out += cut(code, last, insert.at, removals) + insert.text;
    last = insert.at;
  }
  return out + cut(code, last, code.length, removals);
}

/** code[from, to) with removed ranges blanked to their newlines (line numbers must not move). */
function cut(code: string, from: number, to: number, removals: AstNode[]): string {
  let out = '';
  let pos = from;
  for (const r of removals) {
    if (r.end <= pos || r.start >= to) continue;
    out += code.slice(pos, r.start) + code.slice(r.start, r.end).replace(/[^\n]/g, '');
    pos = r.end;
  }
  return out + code.slice(pos, to);
}

/** Top-level `var __async = (__this, __arguments, generator) => {...};` emitted by esbuild. */
function helperDeclarations(program: AstNode): AstNode[] {
  const found: AstNode[] = [];
  for (const statement of program.body as unknown as AstNode[]) {
    if (statement.type !== 'VariableDeclaration') continue;
    const declarations = statement.declarations as AstNode[];
    if (declarations.length !== 1) continue;
    const id = declarations[0].id as AstNode & { name?: string };
    const init = declarations[0].init as (AstNode & { params?: { name?: string }[] }) | null;
    const params = init?.params?.map((p) => p.name).join(',');
    if (id.name === ASYNC_HELPER && init?.type === 'ArrowFunctionExpression' && params === '__this,__arguments,generator') {
      found.push(statement);
    }
  }
  return found;
}
