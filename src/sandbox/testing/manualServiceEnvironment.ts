// One environment with a hand-driven kernel for SDK tests: the test sees every service call
// and answers it itself, at the virtual time it chooses.
import type { EnvironmentKernel, HandlerHost, InvokeOutcome, ServiceRequest, ServiceResponse } from '../../engine/handlerHost';
import { testSpec } from './testDriver';

export function manualServiceEnvironment(host: HandlerHost, code: string, file = 'index.mjs') {
  const calls: { atMs: number; callId: number; request: ServiceRequest }[] = [];
  const done: { atMs: number; outcome: InvokeOutcome }[] = [];
  const logs: string[] = [];
  let initOk: boolean | null = null;
  const kernel: EnvironmentKernel = {
    initDone: (_atMs, outcome) => {
      initOk = outcome.ok;
    },
    invokeDone: (atMs, outcome) => done.push({ atMs, outcome }),
    requestWake: () => undefined,
    log: (_atMs, _level, message) => logs.push(message),
    callService: (atMs, callId, request) => calls.push({ atMs, callId, request }),
  };
  const env = host.createEnvironment(testSpec({ [file]: code }), kernel);
  const invoke = (nowMs: number, event: unknown = {}) =>
    env.invoke(nowMs, { requestId: `r${nowMs}`, event, deadlineMs: nowMs + 3000, invokedFunctionArn: 'arn' });
  const answer = (nowMs: number, index: number, response: ServiceResponse) => env.completeCall(nowMs, calls[index].callId, response);
  return { env, calls, done, logs, invoke, answer, initOk: () => initOk };
}
