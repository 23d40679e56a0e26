/* eslint-disable @typescript-eslint/no-explicit-any -- parsed JSON log records are read field by field */
import { describe, expect, it } from 'vitest';
import type { FunctionNode, Scenario } from '../../engine/scenarioTypes';
import { simulateWithLogs } from './simulateWithLogs';

const HANDLER = `console.log('init line');
export const handler = async (event, context) => {
  console.trace('trace line');
  console.debug('debug line');
  console.info('plain', 42);
  console.log({ order: 7, items: ['a'] });
  console.warn('careful');
  console.error(new TypeError('bad input'));
  console.error('failed:', new RangeError('too big'));
  console.fatal('the end');
  if (event.fail) throw new Error('boom');
  return { ok: true, level: process.env.AWS_LAMBDA_LOG_LEVEL, format: process.env.AWS_LAMBDA_LOG_FORMAT };
};`;

function scenario(loggingConfig: FunctionNode['loggingConfig'], fail = false, code = HANDLER): Scenario {
  return {
    version: 1,
    name: 'json logs',
    seed: 1,
    durationSeconds: 1,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'constant', ratePerSecond: 1 }, payloads: [{ body: { fail } }] },
      { id: 'f', kind: 'function', name: 'f', memoryMB: 256, files: { 'index.mjs': code }, ...(loggingConfig ? { loggingConfig } : {}) },
    ],
    edges: [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }],
  };
}

async function lines(s: Scenario): Promise<Record<string, any>[]> {
  const { logs } = await simulateWithLogs(s);
  return logs.filter((l) => l.functionId === 'f').map((l) => JSON.parse(l.line) as Record<string, any>);
}

describe('JSON log format', () => {
  it('writes application and platform records in Lambda shapes, INFO and above by default', async () => {
    const out = await lines(scenario({ logFormat: 'JSON' }));
    const requestId = out.find((l) => l.type === 'platform.start')?.record.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const app = out.filter((l) => 'level' in l);
    // Init line: no requestId; TRACE and DEBUG dropped at the default INFO level.
    expect(app[0]).toEqual({ timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), level: 'INFO', message: 'init line' });
    expect(app.slice(1).map((l) => [l.level, l.requestId === requestId])).toEqual([
      ['INFO', true],
      ['INFO', true],
      ['WARN', true],
      ['ERROR', true],
      ['ERROR', true],
      ['FATAL', true],
    ]);
    expect(Object.keys(app[1])).toEqual(['timestamp', 'level', 'requestId', 'message']);
    expect(app[1].message).toBe('plain 42');
    expect(app[2].message).toEqual({ order: 7, items: ['a'] }); // objects are embedded, not stringified
    expect(app[4].message).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
    expect(app[4].message.stackTrace[0]).toBe('TypeError: bad input');
    expect(app[5]).toMatchObject({ message: expect.stringMatching(/^failed: RangeError: too big/), errorType: 'RangeError', errorMessage: 'too big' });

    const types = out.filter((l) => 'type' in l).map((l) => l.type);
    expect(types).toEqual(['platform.start', 'platform.runtimeDone', 'platform.report']);
    const report = out.find((l) => l.type === 'platform.report');
    expect(report).toEqual({
      time: expect.any(String),
      type: 'platform.report',
      record: {
        requestId,
        metrics: {
          durationMs: expect.any(Number),
          billedDurationMs: expect.any(Number),
          memorySizeMB: 256,
          maxMemoryUsedMB: expect.any(Number),
          initDurationMs: expect.any(Number),
        },
        status: 'success',
      },
    });
    expect(out.find((l) => l.type === 'platform.runtimeDone')?.record).toMatchObject({ requestId, status: 'success' });
  });

  it('filters application lines by level and platform records by system level', async () => {
    const out = await lines(scenario({ logFormat: 'JSON', applicationLogLevel: 'TRACE', systemLogLevel: 'WARN' }));
    expect(out.filter((l) => 'level' in l).map((l) => l.level)).toEqual(['INFO', 'TRACE', 'DEBUG', 'INFO', 'INFO', 'WARN', 'ERROR', 'ERROR', 'FATAL']);
    expect(out.some((l) => 'type' in l)).toBe(false);
    const errorsOnly = await lines(scenario({ logFormat: 'JSON', applicationLogLevel: 'ERROR' }));
    expect(errorsOnly.filter((l) => 'level' in l).map((l) => l.level)).toEqual(['ERROR', 'ERROR', 'FATAL']);
  });

  it('logs a function error as JSON with the status on the platform records', async () => {
    const out = await lines(scenario({ logFormat: 'JSON' }, true));
    expect(out.find((l) => l.message === 'Invoke Error')).toMatchObject({ level: 'ERROR', errorType: 'Error', errorMessage: 'boom' });
    expect(out.find((l) => l.type === 'platform.report')?.record.status).toBe('error');
  });

  it('keeps every level in Text format (levels filter only in JSON), with Lambda text lines', async () => {
    const { logs } = await simulateWithLogs(scenario({ logFormat: 'Text', applicationLogLevel: 'FATAL', systemLogLevel: 'WARN' }));
    const text = logs.map((l) => l.line);
    expect(text.some((l) => /\tTRACE\tTrace: trace line/.test(l))).toBe(true);
    expect(text.some((l) => /\tDEBUG\tdebug line$/.test(l))).toBe(true);
    expect(text.some((l) => l.startsWith('REPORT RequestId: '))).toBe(true);
  });

  it('sets AWS_LAMBDA_LOG_FORMAT and AWS_LAMBDA_LOG_LEVEL in JSON format only', async () => {
    const code = "export const handler = async () => { console.error([process.env.AWS_LAMBDA_LOG_FORMAT, process.env.AWS_LAMBDA_LOG_LEVEL].join('/')); };";
    const json = await lines(scenario({ logFormat: 'JSON', applicationLogLevel: 'WARN' }, false, code));
    expect(json.find((l) => l.level === 'ERROR')?.message).toBe('JSON/WARN');
    const { logs } = await simulateWithLogs(scenario(undefined, false, code));
    expect(logs.some((l) => l.line.endsWith('\tERROR\t/'))).toBe(true);
  });
});
