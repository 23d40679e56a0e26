// Whether a handler can see its second argument (the context). When it cannot, the runtime need
// not build one, nor format the request id the context carries: most teaching handlers are
// `async (event) => ...`, and in a fast run that id string cost more than the rest of the
// invocation's bookkeeping (engine/invocation.ts).
//
// Conservative: anything this check cannot rule out counts as reading the context.

const describe = Function.prototype.toString;

/**
 * False only when the function declares fewer than two parameters and its source shows no way
 * to reach more: no `arguments`, no rest parameter, no default value (a default stops
 * `length` counting, so `(event = {}, context)` has length 0), and it is not native or bound.
 */
export function handlerTakesContext(fn: (...args: never[]) => unknown): boolean {
  if (fn.length >= 2) return true;
  let source: string;
  try {
    source = describe.call(fn);
  } catch {
    return true;
  }
  if (source.includes('[native code]') || source.includes('arguments') || source.includes('...')) return true;
  // The parameter list ends at or after the first ')': a default value or a destructuring with a
  // computed key shows up before it as '=' or '['. An arrow with one bare parameter has no ')'
  // before its '=>'.
  const arrow = source.indexOf('=>');
  const close = source.indexOf(')');
  const head = close >= 0 && (arrow < 0 || close < arrow) ? source.slice(0, close) : source.slice(0, Math.max(arrow, 0));
  return head.includes('=') || head.includes('[');
}
