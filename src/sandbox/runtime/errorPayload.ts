// Errors as Lambda's Node.js runtime reports them ({errorType, errorMessage, trace}).
import type { ErrorPayload } from '../../engine/handlerHost';

/** Keep the user's frames; our runtime's frames would only confuse. */
function userTrace(stack: string): string[] {
  const lines = stack.split('\n');
  const out = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].includes('/var/task/') || lines[i].includes('/opt/')) out.push(lines[i]);
  }
  return out;
}

function isErrorLike(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (typeof value === 'object' && value !== null && typeof (value as Error).message === 'string' && typeof (value as Error).name === 'string')
  );
}

/** The runtime's toRapidResponse: Errors by name/message/stack, anything else by typeof/toString. */
export function toErrorPayload(error: unknown, mapStack: (stack: string) => string = (s) => s): ErrorPayload {
  try {
    if (isErrorLike(error)) {
      const stack = typeof error.stack === 'string' ? mapStack(error.stack) : `${error.name}: ${error.message}`;
      return { errorType: error.name, errorMessage: error.message, trace: userTrace(stack) };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      trace: [],
    };
  }
}

/** A runtime error such as Runtime.HandlerNotFound: the trace starts "<type>: <message>". */
export function runtimeError(errorType: string, errorMessage: string): ErrorPayload {
  return { errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`] };
}

export function timeoutError(requestId: string, timeoutMs: number): ErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
    trace: [],
  };
}

/** Node's `String(reason)` for an Error is "Error: boom": that is what Lambda prints. */
export function unhandledRejectionError(reason: unknown): ErrorPayload {
  let text: string;
  try {
    text = isErrorLike(reason) ? `${reason.name}: ${reason.message}` : String(reason);
  } catch {
    text = 'unknown reason';
  }
  return runtimeError('Runtime.UnhandledPromiseRejection', text);
}

export const CALLBACK_HANDLER_REMOVED =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. ' +
  'You need to modify this function to use a supported handler signature to use Node.js 24 or later. ' +
  'For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.';
