// DynamoDB expression language, the common subset: condition / filter / key-condition
// expressions (comparisons, BETWEEN, IN, AND/OR/NOT, attribute_exists, attribute_not_exists,
// attribute_type, begins_with, contains, size) and update expressions (SET with +, -,
// if_not_exists, list_append; REMOVE; ADD; DELETE). Items are in attribute-value form.

export type AttributeValue = Record<string, unknown>;
export type Item = Record<string, AttributeValue>;

export interface ExpressionContext {
  names?: Record<string, string>;
  values?: Record<string, AttributeValue>;
}

export class ExpressionError extends Error {
  name = 'ValidationException';
}

type Token = { kind: 'name' | 'value' | 'ident' | 'number' | 'op' | 'punct'; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(#[A-Za-z0-9_]+)|(:[A-Za-z0-9_]+)|(<>|<=|>=|=|<|>|\+|-)|([(),.[\]])|(\d+)|([A-Za-z_][A-Za-z0-9_]*))/y;
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m) throw new ExpressionError(`Invalid expression: syntax error near "${src.slice(i, i + 12)}"`);
    i = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'name', text: m[1] });
    else if (m[2]) tokens.push({ kind: 'value', text: m[2] });
    else if (m[3]) tokens.push({ kind: 'op', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'punct', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'number', text: m[5] });
    else tokens.push({ kind: 'ident', text: m[6] });
  }
  return tokens;
}

type PathPart = string | number;

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly ctx: ExpressionContext) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new ExpressionError('Invalid expression: unexpected end of expression');
    return t;
  }
  accept(text: string): boolean {
    const t = this.peek();
    if (t && (t.text === text || (t.kind === 'ident' && t.text.toUpperCase() === text))) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(text: string): void {
    if (!this.accept(text)) throw new ExpressionError(`Invalid expression: expected "${text}"`);
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }

  path(): PathPart[] {
    const parts: PathPart[] = [this.pathName(this.next())];
    for (;;) {
      if (this.accept('.')) parts.push(this.pathName(this.next()));
      else if (this.accept('[')) {
        parts.push(Number(this.next().text));
        this.expect(']');
      } else return parts;
    }
  }
  pathName(t: Token): string {
    if (t.kind === 'name') {
      const resolved = this.ctx.names?.[t.text];
      if (resolved === undefined) {
        throw new ExpressionError(`Value provided in ExpressionAttributeNames unused in expressions: An expression attribute name used in the document path is not defined; attribute name: ${t.text}`);
      }
      return resolved;
    }
    if (t.kind === 'ident') return t.text;
    throw new ExpressionError(`Invalid expression: unexpected "${t.text}"`);
  }
  valueRef(t: Token): AttributeValue {
    const v = this.ctx.values?.[t.text];
    if (v === undefined) {
      throw new ExpressionError(`An expression attribute value used in expression is not defined; attribute value: ${t.text}`);
    }
    return v;
  }
}

// ---- operands --------------------------------------------------------------------------
type Operand = (item: Item) => AttributeValue | undefined;

function parseOperand(p: Parser): Operand {
  const t = p.peek();
  if (!t) throw new ExpressionError('Invalid expression: unexpected end of expression');
  if (t.kind === 'value') {
    p.next();
    const v = p.valueRef(t);
    return () => v;
  }
  if (t.kind === 'ident' && t.text === 'size' && p.peek(1)?.text === '(') {
    p.next();
    p.expect('(');
    const path = p.path();
    p.expect(')');
    return (item) => {
      const v = getPath(item, path);
      return v === undefined ? undefined : { N: String(sizeOf(v)) };
    };
  }
  const path = p.path();
  return (item) => getPath(item, path);
}

// ---- conditions ------------------------------------------------------------------------
type Condition = (item: Item) => boolean;

export function compileCondition(expression: string, ctx: ExpressionContext): Condition {
  const p = new Parser(tokenize(expression), ctx);
  const cond = parseOr(p);
  if (!p.done()) throw new ExpressionError(`Invalid expression: unexpected "${p.peek()?.text}"`);
  return cond;
}

function parseOr(p: Parser): Condition {
  let left = parseAnd(p);
  while (p.accept('OR')) {
    const a = left;
    const b = parseAnd(p);
    left = (item) => a(item) || b(item);
  }
  return left;
}
function parseAnd(p: Parser): Condition {
  let left = parseNot(p);
  while (p.accept('AND')) {
    const a = left;
    const b = parseNot(p);
    left = (item) => a(item) && b(item);
  }
  return left;
}
function parseNot(p: Parser): Condition {
  if (p.accept('NOT')) {
    const inner = parseNot(p);
    return (item) => !inner(item);
  }
  return parseComparison(p);
}

const FUNCTIONS = new Set(['attribute_exists', 'attribute_not_exists', 'attribute_type', 'begins_with', 'contains']);

function parseComparison(p: Parser): Condition {
  const t = p.peek();
  if (t?.text === '(') {
    p.next();
    const inner = parseOr(p);
    p.expect(')');
    return inner;
  }
  if (t?.kind === 'ident' && FUNCTIONS.has(t.text)) {
    p.next();
    p.expect('(');
    const path = p.path();
    let arg: Operand | null = null;
    if (p.accept(',')) arg = parseOperand(p);
    p.expect(')');
    switch (t.text) {
      case 'attribute_exists':
        return (item) => getPath(item, path) !== undefined;
      case 'attribute_not_exists':
        return (item) => getPath(item, path) === undefined;
      case 'attribute_type':
        return (item) => {
          const v = getPath(item, path);
          const type = arg?.(item);
          return !!v && !!type && Object.keys(v)[0] === type.S;
        };
      case 'begins_with':
        return (item) => {
          const v = getPath(item, path);
          const prefix = arg?.(item);
          return !!v && !!prefix && typeof v.S === 'string' && typeof prefix.S === 'string' && v.S.startsWith(prefix.S);
        };
      default:
        return (item) => {
          const v = getPath(item, path);
          const needle = arg?.(item);
          if (!v || !needle) return false;
          if (typeof v.S === 'string' && typeof needle.S === 'string') return v.S.includes(needle.S);
          const list = (v.L ?? v.SS ?? v.NS) as unknown[] | undefined;
          return !!list && list.some((x) => equal(x as AttributeValue, needle) || x === needle.S || x === needle.N);
        };
    }
  }
  const left = parseOperand(p);
  if (p.accept('BETWEEN')) {
    const lo = parseOperand(p);
    p.expect('AND');
    const hi = parseOperand(p);
    return (item) => {
      const v = left(item);
      const a = lo(item);
      const b = hi(item);
      return !!v && !!a && !!b && compare(v, a) >= 0 && compare(v, b) <= 0;
    };
  }
  if (p.accept('IN')) {
    p.expect('(');
    const options: Operand[] = [parseOperand(p)];
    while (p.accept(',')) options.push(parseOperand(p));
    p.expect(')');
    return (item) => {
      const v = left(item);
      return !!v && options.some((o) => equal(v, o(item)));
    };
  }
  const op = p.next();
  if (op.kind !== 'op') throw new ExpressionError(`Invalid expression: expected a comparator, got "${op.text}"`);
  const right = parseOperand(p);
  return (item) => {
    const a = left(item);
    const b = right(item);
    if (op.text === '=') return equal(a, b);
    if (op.text === '<>') return !equal(a, b);
    if (!a || !b || Object.keys(a)[0] !== Object.keys(b)[0]) return false;
    const c = compare(a, b);
    return op.text === '<' ? c < 0 : op.text === '<=' ? c <= 0 : op.text === '>' ? c > 0 : c >= 0;
  };
}

// ---- update expressions ------------------------------------------------------------------
export function applyUpdate(item: Item, expression: string, ctx: ExpressionContext): Item {
  const p = new Parser(tokenize(expression), ctx);
  const out: Item = structuredCopy(item);
  const original = item;
  while (!p.done()) {
    const clause = p.next().text.toUpperCase();
    do {
      if (clause === 'SET') {
        const path = p.path();
        p.expect('=');
        const value = parseSetValue(p)(original);
        if (value === undefined) throw new ExpressionError('The provided expression refers to an attribute that does not exist in the item');
        setPath(out, path, value);
      } else if (clause === 'REMOVE') {
        removePath(out, p.path());
      } else if (clause === 'ADD' || clause === 'DELETE') {
        const path = p.path();
        const operand = parseOperand(p)(original);
        if (!operand) throw new ExpressionError('Invalid UpdateExpression: operand missing');
        const current = getPath(out, path);
        if (clause === 'ADD' && operand.N !== undefined) {
          setPath(out, path, { N: String(Number(current?.N ?? 0) + Number(operand.N)) });
        } else {
          const setKey = Object.keys(operand)[0];
          const existing = new Set((current?.[setKey] as string[] | undefined) ?? []);
          for (const x of operand[setKey] as string[]) {
            if (clause === 'ADD') existing.add(x);
            else existing.delete(x);
          }
          if (existing.size) setPath(out, path, { [setKey]: [...existing] });
          else removePath(out, path);
        }
      } else {
        throw new ExpressionError(`Invalid UpdateExpression: Syntax error; token: "${clause}"`);
      }
    } while (p.accept(','));
  }
  return out;
}

function parseSetValue(p: Parser): Operand {
  const first = parseSetTerm(p);
  if (p.accept('+')) {
    const second = parseSetTerm(p);
    return (item) => arith(first(item), second(item), 1);
  }
  if (p.accept('-')) {
    const second = parseSetTerm(p);
    return (item) => arith(first(item), second(item), -1);
  }
  return first;
}

function parseSetTerm(p: Parser): Operand {
  const t = p.peek();
  if (t?.kind === 'ident' && (t.text === 'if_not_exists' || t.text === 'list_append')) {
    p.next();
    p.expect('(');
    const a = t.text === 'if_not_exists' ? pathOperand(p.path()) : parseSetTerm(p);
    p.expect(',');
    const b = parseSetTerm(p);
    p.expect(')');
    if (t.text === 'if_not_exists') return (item) => a(item) ?? b(item);
    return (item) => ({ L: [...((a(item)?.L as unknown[]) ?? []), ...((b(item)?.L as unknown[]) ?? [])] });
  }
  return parseOperand(p);
}

const pathOperand = (path: PathPart[]): Operand => (item) => getPath(item, path);

function arith(a: AttributeValue | undefined, b: AttributeValue | undefined, sign: number): AttributeValue {
  if (a?.N === undefined || b?.N === undefined) {
    throw new ExpressionError('An operand in the update expression has an incorrect data type');
  }
  return { N: String(Number(a.N) + sign * Number(b.N)) };
}

// ---- values --------------------------------------------------------------------------
export function getPath(item: Item, path: PathPart[]): AttributeValue | undefined {
  let cur: AttributeValue | undefined = item[path[0] as string];
  for (let i = 1; i < path.length && cur; i++) {
    const part = path[i];
    cur = typeof part === 'number' ? (cur.L as AttributeValue[] | undefined)?.[part] : (cur.M as Item | undefined)?.[part];
  }
  return cur;
}

function setPath(item: Item, path: PathPart[], value: AttributeValue): void {
  if (path.length === 1) {
    item[path[0] as string] = value;
    return;
  }
  const parent = getPath(item, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent) throw new ExpressionError('The document path provided in the update expression is invalid for update');
  if (typeof last === 'number') (parent.L as AttributeValue[])[last] = value;
  else (parent.M as Item)[last] = value;
}

function removePath(item: Item, path: PathPart[]): void {
  if (path.length === 1) {
    delete item[path[0] as string];
    return;
  }
  const parent = getPath(item, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent) return;
  if (typeof last === 'number') (parent.L as AttributeValue[]).splice(last, 1);
  else delete (parent.M as Item)[last];
}

function sizeOf(v: AttributeValue): number {
  if (typeof v.S === 'string') return v.S.length;
  const arr = (v.L ?? v.SS ?? v.NS ?? v.BS) as unknown[] | undefined;
  if (arr) return arr.length;
  if (v.M) return Object.keys(v.M as object).length;
  return 0;
}

export function compare(a: AttributeValue, b: AttributeValue): number {
  if (a.N !== undefined && b.N !== undefined) return Number(a.N) - Number(b.N);
  const x = String(a.S ?? a.B ?? '');
  const y = String(b.S ?? b.B ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equal(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (!a || !b) return false;
  if (a.N !== undefined && b.N !== undefined) return Number(a.N) === Number(b.N);
  return JSON.stringify(a) === JSON.stringify(b);
}

export function structuredCopy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
