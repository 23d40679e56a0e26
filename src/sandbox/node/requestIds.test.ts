// Request ids are drawn per request but formatted only when read (engine/invocation.ts). These
// check that laziness changes nothing anyone can see: the ids are the run's stream in order, the
// same in every place that shows one, whether or not the handler takes a context.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenarioTypes';
import { createRng, uuidFrom } from '../../engine/rng';
import { simulateWithLogs } from './simulateWithLogs';

function scenario(code: string, seed = 5): Scenario {
  return {
    version: 1,
    name: 'ids',
    seed,
    durationSeconds: 5,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 2 } },
      { id: 'f', kind: 'function', name: 'f', files: { 'index.mjs': code } },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

function idsOf(lines: string[], prefix: string): string[] {
  return lines.filter((l) => l.startsWith(prefix)).map((l) => /RequestId: ([0-9a-f-]{36})/.exec(l)?.[1] as string);
}

describe('request ids', () => {
  it('are the requestIds stream in order on START, END and REPORT when the handler takes no context', async () => {
    const { logs } = await simulateWithLogs(scenario('export const handler = async (event) => ({ ok: true });'));
    const lines = logs.map((l) => l.line);
    const rng = createRng(5, 'requestIds');
    const expected = Array.from({ length: 10 }, () => uuidFrom(rng));
    expect(idsOf(lines, 'START')).toEqual(expected);
    expect(idsOf(lines, 'END')).toEqual(expected);
    expect(idsOf(lines, 'REPORT')).toEqual(expected);
    expect(logs.filter((l) => l.line.startsWith('START')).map((l) => l.requestId)).toEqual(expected);
  });

  it('match context.awsRequestId and the console lines, whichever way the handler reaches the context', async () => {
    for (const code of [
      'export const handler = async (event, context) => { console.log(context.awsRequestId); };',
      'export const handler = async (...args) => { console.log(args[1].awsRequestId); };',
      'export async function handler() { console.log(arguments[1].awsRequestId); }',
    ]) {
      const { logs } = await simulateWithLogs(scenario(code, 9));
      const starts = idsOf(logs.map((l) => l.line), 'START');
      const printed = logs.filter((l) => l.line.includes('\tINFO\t')).map((l) => l.line.split('\t'));
      expect(starts).toHaveLength(10);
      // Each console line: <time> <request id> INFO <what the handler printed>.
      expect(printed.map((p) => p[1])).toEqual(starts);
      expect(printed.map((p) => p[3])).toEqual(starts);
    }
  });
});
