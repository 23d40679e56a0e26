// The browser's path (sandbox worker server over its message protocol) runs handlers that use
// the AWS SDK shims exactly like the Node host does.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { transform } from 'esbuild';
import { createSimulation } from '../../../engine/createSimulation';
import type { Scenario } from '../../../engine/scenarioTypes';
import { compileFunctionCode } from '../../compile/compileFunctionFiles';
import type { CompiledScenario, FromSandbox } from '../protocol';
import { parseFromSandbox } from '../parseFromSandbox';
import { startSandboxServer, type PortLike } from './sandboxServer';

const files = { 'index.mjs': readFileSync(new URL('../../fixtures/fileProcessing.mjs', import.meta.url), 'utf8') };

const scenario: Scenario = {
  version: 1,
  name: 'file processing in the worker',
  seed: 5,
  durationSeconds: 20,
  cpu: 'ignored',
  nodes: [
    { id: 'uploader', kind: 'client', name: 'uploader', traffic: { pattern: 'burst', count: 4, atSecond: 1 }, payloads: [{ body: { key: 'in/{{seq}}.txt', body: 'a b\nc' } }] },
    { id: 'bucket', kind: 's3Bucket', name: 'uploads' },
    { id: 'table', kind: 'dynamodbTable', name: 'file-summaries' },
    {
      id: 'processor',
      kind: 'function',
      name: 'processor',
      files,
      environment: { TABLE_NAME: 'file-summaries' },
    },
  ],
  edges: [
    { id: 'e1', from: 'uploader', to: 'bucket', kind: 'send' },
    { id: 'e2', from: 'bucket', to: 'processor', kind: 'notify' },
  ],
};

it('runs an S3 -> Lambda -> DynamoDB handler written against the AWS SDK v3 inside the sandbox worker', async () => {
  const compiled: CompiledScenario = { processor: await compileFunctionCode(files, [], transform) };
  const received: FromSandbox[] = [];
  let wake: () => void = () => undefined;
  const port: PortLike = {
    onmessage: null,
    postMessage(m) {
      const parsed = parseFromSandbox(structuredClone(m));
      if (!parsed.ok) throw new Error(parsed.error);
      received.push(parsed.message);
      wake();
    },
  };
  startSandboxServer(port, { createSimulation, realNow: () => performance.now(), soon: (fn) => setImmediate(fn), later: (fn, ms) => setTimeout(fn, ms) });
  port.onmessage?.({ data: structuredClone({ v: 1, type: 'start', runId: 1, scenario, compiled, options: { speed: Infinity } }) });
  const isDone = (m: FromSandbox) => m.type === 'update' && m.update.status === 'done';
  while (!received.some(isDone)) await new Promise<void>((resolve) => (wake = resolve));
  const updates = received.flatMap((m) => (m.type === 'update' ? [m.update] : []));
  const report = updates[updates.length - 1].report;
  expect(report?.functions.processor).toMatchObject({ Invocations: 4, Errors: 0 });
  const lines = updates.flatMap((u) => u.logs).map((l) => l.line);
  expect(lines.filter((l) => l.includes('summarised s3://uploads/in/'))).toHaveLength(4);
});
