// A fresh node of any kind, with settings that validate as they are: every node the palette
// adds must leave the scenario runnable (or name the one thing still missing).
import type { NodeKind, Position, Scenario, ScenarioNode } from '../engine/scenarioTypes';
import { NEW_FUNCTION_CODE, nextNodeId } from './scenarioEdits';

/** Readable id prefixes: "queue-1", "table-2". */
export const ID_PREFIX: Record<NodeKind, string> = {
  function: 'function',
  layer: 'layer',
  client: 'client',
  apiGateway: 'api',
  s3Bucket: 'bucket',
  snsTopic: 'topic',
  sqsQueue: 'queue',
  kinesisStream: 'stream',
  dynamodbTable: 'table',
  eventBridgeRule: 'rule',
  parameter: 'param',
};

const LAYER_CODE = `// Layer code lands under /opt; Node.js finds /opt/nodejs/node_modules packages by name.
exports.greet = (name) => \`Hello, \${name}!\`;
`;

export function newNode(kind: NodeKind, id: string, position: Position): ScenarioNode {
  const base = { id, name: id, position };
  switch (kind) {
    case 'function':
      return {
        ...base,
        kind,
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        memoryMB: 128,
        timeoutSeconds: 3,
        files: { 'index.mjs': NEW_FUNCTION_CODE },
      };
    case 'layer':
      return { ...base, kind, files: { 'nodejs/node_modules/greet/index.js': LAYER_CODE } };
    case 'client':
      return { ...base, kind, traffic: { pattern: 'constant', ratePerSecond: 1 } };
    case 'apiGateway':
      return { ...base, kind, payloadVersion: '2.0' };
    case 's3Bucket':
      return { ...base, kind };
    case 'snsTopic':
      return { ...base, kind };
    case 'sqsQueue':
      return { ...base, kind, visibilityTimeoutSeconds: 30 };
    case 'kinesisStream':
      return { ...base, kind, shards: 1 };
    case 'dynamodbTable':
      return { ...base, kind, partitionKey: 'pk', stream: 'NEW_AND_OLD_IMAGES' };
    case 'eventBridgeRule':
      return { ...base, kind, schedule: 'rate(1 minute)' };
    case 'parameter':
      return { ...base, kind, value: 'example-value' };
  }
}

export function addNodeOfKind(
  scenario: Scenario,
  kind: NodeKind,
  position: Position,
): { scenario: Scenario; id: string } {
  const id = nextNodeId(scenario, ID_PREFIX[kind]);
  return { scenario: { ...scenario, nodes: [...scenario.nodes, newNode(kind, id, position)] }, id };
}
