import { expect, it } from 'vitest';
import { createNodeHost } from './createNodeHost';
import { testSpec } from '../testing/testDriver';
import type { InvokeOutcome } from '../../engine/handlerHost';

it('reports pending external work while a handler awaits a native promise, then finishes', async () => {
  const host = await createNodeHost(undefined, {
    extraModules: { 'native-thing': () => ({ later: (v: unknown) => new Promise((r) => setTimeout(() => r(v), 5)) }) },
  });
  const done: { atMs: number; outcome: InvokeOutcome }[] = [];
  const env = host.createEnvironment(
    testSpec({ 'index.mjs': "import { later } from 'native-thing'; export const handler = async (e) => ({ got: await later(e.v) });" }),
    { initDone: () => undefined, invokeDone: (atMs, outcome) => done.push({ atMs, outcome }), requestWake: () => undefined, log: () => undefined, callService: () => undefined },
  );
  env.init(0);
  env.invoke(10, { requestId: 'r1', event: { v: 7 }, deadlineMs: 3010, invokedFunctionArn: 'arn' });
  expect(done).toEqual([]);
  expect(host.hasPendingExternalWork()).toBe(true);
  while (host.hasPendingExternalWork()) await new Promise((r) => setTimeout(r, 1));
  expect(done).toEqual([{ atMs: 10, outcome: { ok: true, payload: { got: 7 } } }]);
});
