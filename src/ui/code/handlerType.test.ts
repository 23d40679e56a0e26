import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import { handlerFileOf } from '../../scenario/handlerModule';
import { handlerTypeFor, withHandlerType } from './handlerType';

const fn: ScenarioNode = { id: 'f', kind: 'function', name: 'worker', files: { 'index.mjs': '' } };
function wired(nodes: ScenarioNode[], edges: ScenarioEdge[], f: ScenarioNode = fn): Scenario {
  return { version: 1, name: 's', nodes: [f, ...nodes], edges };
}

describe('handler type per source', () => {
  it('follows the source wired into the function', () => {
    const q = wired([{ id: 'q', kind: 'sqsQueue', name: 'jobs' }], [{ id: 'e', from: 'q', to: 'f', kind: 'eventSourceMapping' }]);
    expect(handlerTypeFor(q, 'f')).toEqual({ handler: 'SQSHandler', event: 'SQSEvent', source: 'queue jobs' });
    const api2 = wired([{ id: 'a', kind: 'apiGateway', name: 'api', payloadVersion: '2.0' }], [{ id: 'e', from: 'a', to: 'f', kind: 'invoke' }]);
    expect(handlerTypeFor(api2, 'f')?.handler).toBe('APIGatewayProxyHandlerV2');
    const api1 = wired([{ id: 'a', kind: 'apiGateway', name: 'api' }], [{ id: 'e', from: 'a', to: 'f', kind: 'invoke' }]);
    expect(handlerTypeFor(api1, 'f')?.event).toBe('APIGatewayProxyEvent');
    const cron = wired([{ id: 'r', kind: 'eventBridgeRule', name: 'nightly', schedule: 'rate(1 day)' }], [{ id: 'e', from: 'r', to: 'f', kind: 'notify' }]);
    expect(handlerTypeFor(cron, 'f')?.handler).toBe('ScheduledHandler');
  });

  it('a function URL gives the v2 HTTP event; nothing wired gives null; mixed sources the generic Handler', () => {
    const client: ScenarioNode = { id: 'c', kind: 'client', name: 'users', traffic: { pattern: 'constant', ratePerSecond: 1 } };
    const url = wired([client], [{ id: 'e', from: 'c', to: 'f', kind: 'invoke' }], { ...fn, url: { authType: 'NONE' } } as ScenarioNode);
    expect(handlerTypeFor(url, 'f')?.event).toBe('APIGatewayProxyEventV2');
    expect(handlerTypeFor(wired([], []), 'f')).toBeNull();
    const mixed = wired(
      [{ id: 'q', kind: 'sqsQueue', name: 'jobs' }, { id: 's', kind: 'snsTopic', name: 'news' }],
      [
        { id: 'e1', from: 'q', to: 'f', kind: 'eventSourceMapping' },
        { id: 'e2', from: 's', to: 'f', kind: 'notify' },
      ],
    );
    expect(handlerTypeFor(mixed, 'f')).toMatchObject({ handler: 'Handler', source: 'several kinds of source' });
  });

  it('types the handler: JSDoc in JavaScript, an annotation and an import in TypeScript; never twice', () => {
    const type = { handler: 'SQSHandler', event: 'SQSEvent', source: 'queue jobs' };
    const js = 'const x = 1;\nexport const handler = async (event) => {\n  return event.Records.length;\n};\n';
    const typedJs = withHandlerType(js, 'index.mjs', type);
    expect(typedJs).toBe("const x = 1;\n/** @type {import('aws-lambda').SQSHandler} */\nexport const handler = async (event) => {\n  return event.Records.length;\n};\n");
    expect(withHandlerType(typedJs as string, 'index.mjs', type)).toBeNull();
    const ts = 'export const handler = async (event) => event.Records.length;\n';
    expect(withHandlerType(ts, 'index.ts', type)).toBe(
      "import type { SQSHandler } from 'aws-lambda';\nexport const handler: SQSHandler = async (event) => event.Records.length;\n",
    );
    const decl = 'export async function handler(event) {\n  return 1;\n}\n';
    expect(withHandlerType(decl, 'index.js', type)).toBe("/** @param {import('aws-lambda').SQSEvent} event */\n" + decl);
    expect(withHandlerType('module.exports.handler = async () => 1;\n', 'index.js', type)).toBeNull();
  });

  it('finds the handler module file', () => {
    expect(handlerFileOf({ 'lib/a.mjs': '', 'index.mjs': '' })).toBe('index.mjs');
    expect(handlerFileOf({ 'src/app.ts': '' }, 'src/app.main')).toBe('src/app.ts');
    expect(handlerFileOf({ 'index.mjs': '' }, 'nodot')).toBeNull();
  });
});
