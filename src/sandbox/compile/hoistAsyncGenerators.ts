// esbuild lowers `const f = async (a, b) => body` to
//   const f = (a, b) => __async(null, null, function* () { body });
// which creates a generator function object on every call (~1.5 µs in V8, the dominant cost of
// a trivial handler). For async functions declared at module scope we create it once:
//   const f = (a, b) => __async(null, [a, b], __lp_g0 || (__lp_g0 = function* (a, b) { body }));
// with `var __lp_g0;` appended. The body stays where it was (line numbers keep matching the
// source map). Safe because the generator sees the same module-scope bindings, receives the
// (simple) parameters by value, and nothing else in the wrapper function could observe them.
/* eslint-disable @typescript-eslint/no-explicit-any -- acorn's ESTree nodes are read loosely */
import { parse } from 'acorn';

interface N {
  type: string;
  start: number;
  end: number;
  [key: string]: any; // acorn ESTree nodes; only well-known fields are read
}

/** Ancestors an async function may have and still live in module scope. */
const MODULE_SCOPE_PARENTS = new Set([
  'Program',
  'VariableDeclaration',
  'VariableDeclarator',
  'ExpressionStatement',
  'AssignmentExpression',
  'ObjectExpression',
  'Property',
  'SequenceExpression',
]);

function asyncCall(fn: N): N | null {
  let expr: N | null = null;
  if (fn.type === 'ArrowFunctionExpression' && fn.expression) expr = fn.body;
  else if (fn.body?.type === 'BlockStatement' && fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement') {
    expr = fn.body.body[0].argument;
  }
  if (!expr || expr.type !== 'CallExpression' || expr.callee.type !== 'Identifier' || expr.callee.name !== '__async') return null;
  const [, args, generator] = expr.arguments as N[];
  if (!args || args.type !== 'Literal' || args.value !== null) return null;
  if (!generator || generator.type !== 'FunctionExpression' || !generator.generator || generator.params.length > 0) return null;
  if (!fn.params.every((p: N) => p.type === 'Identifier')) return null;
  return expr;
}

/** "_handler" for `const handler = ...`, `exports.handler = ...`, `{ handler: ... }`: shown in traces. */
function displayName(fn: N, parent: N | undefined): string {
  let name: unknown = fn.id?.name;
  if (!name && parent?.type === 'VariableDeclarator') name = parent.id?.name;
  if (!name && parent?.type === 'Property') name = parent.key?.name ?? parent.key?.value;
  if (!name && parent?.type === 'AssignmentExpression') name = parent.left?.property?.name ?? parent.left?.name;
  return typeof name === 'string' && /^[\w$]+$/.test(name) ? `_${name}` : '';
}

export function hoistAsyncGenerators(code: string): string {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, allowHashBang: true }) as unknown as N;
  const edits: { start: number; end: number; text: string }[] = [];
  const hoisted: string[] = [];
  const visit = (node: N, parents: N[]) => {
    const isFunction = node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
    if (isFunction) {
      if (parents.every((p) => MODULE_SCOPE_PARENTS.has(p.type))) {
        const call = asyncCall(node);
        if (call) {
          const [, args, generator] = call.arguments as N[];
          const name = `__lp_g${hoisted.length}${displayName(node, parents[parents.length - 1])}`;
          const params = node.params.map((p: N) => p.name).join(', ');
          edits.push({ start: args.start, end: args.end, text: `[${params}]` });
          edits.push({ start: generator.start, end: generator.body.start, text: `${name} || (${name} = function* (${params}) ` });
          edits.push({ start: generator.end, end: generator.end, text: ')' });
          hoisted.push(name);
        }
      }
      return; // nested functions are not in module scope
    }
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return;
    parents.push(node);
    for (const key in node) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item.type === 'string') visit(item, parents);
      } else if (child && typeof child === 'object' && typeof child.type === 'string') {
        visit(child, parents);
      }
    }
    parents.pop();
  };
  visit(program, []);
  if (hoisted.length === 0) return code;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += code.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return `${out}${code.slice(last)}\nvar ${hoisted.join(', ')};\n`;
}
