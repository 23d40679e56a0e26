// Which @types/aws-lambda handler type fits a function, from what the canvas wires into it, and
// the edit that gives the handler that type (so Monaco types `event` per source).
import type { Scenario } from '../../engine/scenarioTypes';

export interface HandlerType {
  /** The handler type in @types/aws-lambda, e.g. SQSHandler. */
  handler: string;
  /** The event type it implies, e.g. SQSEvent. */
  event: string;
  /** Where events come from, in words, e.g. "queue jobs". */
  source: string;
}

const GENERIC: HandlerType = { handler: 'Handler', event: 'any', source: 'a direct invoke' };

/** The one handler type every source into `functionId` agrees on; null when nothing invokes it. */
export function handlerTypeFor(scenario: Scenario, functionId: string): HandlerType | null {
  const fn = scenario.nodes.find((n) => n.id === functionId);
  if (!fn || fn.kind !== 'function') return null;
  const types: HandlerType[] = [];
  for (const edge of scenario.edges) {
    if (edge.to !== functionId) continue;
    const from = scenario.nodes.find((n) => n.id === edge.from);
    if (!from) continue;
    const name = from.name;
    switch (from.kind) {
      case 'apiGateway':
        types.push(
          from.payloadVersion === '2.0'
            ? { handler: 'APIGatewayProxyHandlerV2', event: 'APIGatewayProxyEventV2', source: `HTTP API ${name}` }
            : { handler: 'APIGatewayProxyHandler', event: 'APIGatewayProxyEvent', source: `REST API ${name}` },
        );
        break;
      case 'client':
        // A client calling a function with a URL goes through the Function URL (payload 2.0).
        types.push(
          fn.url
            ? { handler: 'APIGatewayProxyHandlerV2', event: 'APIGatewayProxyEventV2', source: 'its function URL' }
            : { ...GENERIC, source: `client ${name} (Invoke)` },
        );
        break;
      case 'sqsQueue':
        types.push({ handler: 'SQSHandler', event: 'SQSEvent', source: `queue ${name}` });
        break;
      case 'kinesisStream':
        types.push({ handler: 'KinesisStreamHandler', event: 'KinesisStreamEvent', source: `stream ${name}` });
        break;
      case 'dynamodbTable':
        types.push({ handler: 'DynamoDBStreamHandler', event: 'DynamoDBStreamEvent', source: `table ${name}'s stream` });
        break;
      case 's3Bucket':
        types.push({ handler: 'S3Handler', event: 'S3Event', source: `bucket ${name}` });
        break;
      case 'snsTopic':
        types.push({ handler: 'SNSHandler', event: 'SNSEvent', source: `topic ${name}` });
        break;
      case 'eventBridgeRule':
        types.push(
          from.schedule
            ? { handler: 'ScheduledHandler', event: 'ScheduledEvent', source: `schedule ${name}` }
            : { handler: 'EventBridgeHandler<string, unknown, void>', event: 'EventBridgeEvent', source: `rule ${name}` },
        );
        break;
      default:
        // A destination (onSuccess/onFailure from another function) sends a record of its own.
        types.push({ ...GENERIC, source: `${from.kind} ${name}` });
    }
  }
  if (types.length === 0) return null;
  const first = types[0];
  if (types.every((t) => t.handler === first.handler)) return first;
  return { ...GENERIC, source: 'several kinds of source' };
}

const TS_FILE = /\.(ts|mts|cts)$/;
const EXPORTED_CONST = /^export\s+const\s+handler\s*=/m;
const EXPORTED_FUNCTION = /^export\s+(async\s+)?function\s+handler\s*\(/m;

/**
 * The file with the handler typed: a type annotation in TypeScript, a JSDoc tag in JavaScript.
 * Null when the file has no `export const handler` / `export function handler` to type, or
 * already mentions aws-lambda types.
 */
export function withHandlerType(code: string, fileName: string, type: HandlerType): string | null {
  if (code.includes('aws-lambda')) return null;
  const base = type.handler.replace(/<.*$/, '');
  if (TS_FILE.test(fileName)) {
    if (!EXPORTED_CONST.test(code)) return null;
    return `import type { ${base} } from 'aws-lambda';\n${code.replace(EXPORTED_CONST, `export const handler: ${type.handler} =`)}`;
  }
  const constMatch = EXPORTED_CONST.exec(code);
  if (constMatch) {
    const at = constMatch.index;
    return `${code.slice(0, at)}/** @type {import('aws-lambda').${type.handler}} */\n${code.slice(at)}`;
  }
  const fnMatch = EXPORTED_FUNCTION.exec(code);
  if (fnMatch && type.event !== 'any') {
    const at = fnMatch.index;
    const event = type.event === 'EventBridgeEvent' ? 'EventBridgeEvent<string, unknown>' : type.event;
    return `${code.slice(0, at)}/** @param {import('aws-lambda').${event}} event */\n${code.slice(at)}`;
  }
  return null;
}
