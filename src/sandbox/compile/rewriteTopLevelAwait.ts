// esbuild cannot emit CommonJS for a module with top-level await, and Lambda's ESM handlers
// commonly use it (`const secret = await load()`). We move the module body into an async
// arrow whose promise is handed to `__lp_tla` (init waits for it) and re-export the bindings
// once the body has finished. Known difference: exports are snapshots taken at the end of the
// body (not live bindings), and importers see them only after the body completes.
/* eslint-disable @typescript-eslint/no-explicit-any -- acorn's ESTree nodes are read loosely */
import { parse } from 'acorn';

import { TLA_HOOK } from './hookNames';

interface N {
  type: string;
  start: number;
  end: number;
  [key: string]: any; // acorn's ESTree nodes; this file only reads well-known fields
}

function patternNames(pattern: N, out: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const prop of pattern.properties) patternNames(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) patternNames(element, out);
      break;
    case 'RestElement':
      patternNames(pattern.argument, out);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, out);
      break;
  }
}

function exportedName(node: N): string {
  return node.type === 'Identifier' ? node.name : String(node.value);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `code` is ESM without TypeScript syntax. Returns ESM that has no top-level await. */
export function rewriteTopLevelAwait(code: string): string {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }) as unknown as N;
  const head: string[] = [];
  const body: string[] = [];
  const exports: { local: string; exported: string }[] = [];
  for (const statement of program.body as N[]) {
    const text = code.slice(statement.start, statement.end);
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration') {
      head.push(text);
    } else if (statement.type === 'ExportNamedDeclaration') {
      if (statement.source) {
        head.push(text);
      } else if (statement.declaration) {
        const declaration = statement.declaration as N;
        body.push(code.slice(declaration.start, declaration.end));
        const names: string[] = [];
        if (declaration.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) patternNames(declarator.id, names);
        } else {
          names.push(declaration.id.name);
        }
        for (const name of names) exports.push({ local: name, exported: name });
      } else {
        for (const specifier of statement.specifiers as N[]) {
          exports.push({ local: exportedName(specifier.local), exported: exportedName(specifier.exported) });
        }
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration as N;
      const declText = code.slice(declaration.start, declaration.end);
      const named = (declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id;
      if (named) {
        body.push(declText);
        exports.push({ local: declaration.id.name, exported: 'default' });
      } else {
        body.push(`const __lp_default = (${declText});`);
        exports.push({ local: '__lp_default', exported: 'default' });
      }
    } else {
      body.push(text);
    }
  }
  const slots = exports.map((_, i) => `__lp_x${i}`);
  const lines = [...head];
  if (slots.length > 0) {
    lines.push(`let ${slots.join(', ')};`);
    const specifiers = exports.map(
      (e, i) => `${slots[i]} as ${IDENT.test(e.exported) ? e.exported : JSON.stringify(e.exported)}`,
    );
    lines.push(`export { ${specifiers.join(', ')} };`);
  }
  lines.push(`${TLA_HOOK}((async () => {`);
  lines.push(...body);
  lines.push(exports.map((e, i) => `${slots[i]} = ${e.local};`).join(' '));
  lines.push('})());');
  return lines.join('\n');
}
