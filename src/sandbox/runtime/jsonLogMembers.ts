// The members of a JSON-format log line for console.* arguments, as Lambda's Node.js runtime
// builds them (the engine adds timestamp, level and requestId in front):
// - one argument: `message` is the value itself, so objects are embedded as JSON; an Error
//   becomes {errorType, errorMessage, stackTrace}; values JSON cannot hold fall back to text;
// - several arguments: `message` is the util.format text, plus errorType / errorMessage /
//   stackTrace of the first Error among them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { formatLog } from './formatLog';

function errorShape(e: any, mapStack?: (stack: string) => string): Record<string, unknown> {
  const stack = typeof e.stack === 'string' ? (mapStack ? mapStack(e.stack) : e.stack) : '';
  return {
    errorType: e?.constructor?.name ?? e.name ?? 'Error',
    errorMessage: e.message,
    stackTrace: stack ? stack.split('\n') : [],
  };
}

export function jsonLogMembers(args: ArrayLike<unknown>, mapStack?: (stack: string) => string): string {
  if (args.length === 1) {
    try {
      const text = JSON.stringify({ message: args[0] }, (_key, value) => (value instanceof Error ? errorShape(value, mapStack) : value));
      if (text !== undefined) return text;
    } catch {
      // circular structures, BigInt: the text form instead
    }
    return JSON.stringify({ message: formatLog(args, mapStack) });
  }
  const out: Record<string, unknown> = { message: formatLog(args, mapStack) };
  for (let i = 0; i < args.length; i++) {
    if (args[i] instanceof Error) {
      Object.assign(out, errorShape(args[i], mapStack));
      break;
    }
  }
  return JSON.stringify(out);
}
