// Pure multi-node edits for the canvas: connect with a chosen kind, delete a selection,
// edge settings. Kept pure so tests check them without React.
import type { EdgeKind, Scenario, ScenarioEdge, ScenarioNode } from '../engine/scenarioTypes';
import { edgeKindsFor, edgeRefusal } from '../scenario/edgeRules';

export type ConnectResult =
  | { ok: true; scenario: Scenario; edgeId: string }
  | { ok: false; message: string }
  | { ok: 'choose'; kinds: EdgeKind[] };

/** The kind a refused pair would most plausibly have had, so the reason names the right AWS rule. */
function likelyKind(from: ScenarioNode['kind']): EdgeKind {
  switch (from) {
    case 'client':
      return 'send';
    case 's3Bucket':
    case 'snsTopic':
    case 'eventBridgeRule':
      return 'notify';
    case 'sqsQueue':
    case 'kinesisStream':
    case 'dynamodbTable':
      return 'eventSourceMapping';
    case 'function':
      return 'onFailure';
    default:
      return 'invoke';
  }
}

/** Why a pair cannot be wired, in one line. */
export function refusalFor(from: ScenarioNode, to: ScenarioNode): string {
  if (from.kind === 'parameter' || to.kind === 'parameter') {
    return 'a parameter is not wired: handlers read it with the SSM GetParameter call (grant ssm:GetParameter)';
  }
  if (to.kind === 'layer') return 'a layer receives nothing: connect a layer to a function to attach it';
  if (from.kind === 'layer') return 'a layer can only be attached to a function';
  if (to.kind === 'client') return 'a client only sends traffic; nothing can call it';
  const specific = edgeRefusal(likelyKind(from.kind), from.kind, to.kind);
  if (!/^a \w+ edge cannot go from/.test(specific)) return specific;
  const reachable = ALL_KINDS.filter((k) => edgeKindsFor(from.kind, k).length > 0).map((k) => LABEL[k]);
  return `AWS offers no ${LABEL[from.kind]} → ${LABEL[to.kind]} connection${
    reachable.length ? `; a ${LABEL[from.kind]} can connect to: ${reachable.join(', ')}` : ''
  }`;
}

const LABEL: Record<ScenarioNode['kind'], string> = {
  function: 'function',
  layer: 'layer',
  client: 'client',
  apiGateway: 'API Gateway',
  s3Bucket: 'S3 bucket',
  snsTopic: 'SNS topic',
  sqsQueue: 'SQS queue',
  kinesisStream: 'Kinesis stream',
  dynamodbTable: 'DynamoDB table',
  eventBridgeRule: 'EventBridge rule',
  parameter: 'parameter',
};
const ALL_KINDS = Object.keys(LABEL) as ScenarioNode['kind'][];

export function connectKind(
  scenario: Scenario,
  fromId: string,
  toId: string,
  kind?: EdgeKind,
): ConnectResult {
  const from = scenario.nodes.find((n) => n.id === fromId);
  const to = scenario.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, message: 'both ends of a connection must be nodes on the canvas' };
  if (fromId === toId) return { ok: false, message: 'a node cannot connect to itself' };
  if (from.kind === 'layer' && to.kind === 'function') return attachLayer(scenario, from, to);
  const kinds = edgeKindsFor(from.kind, to.kind);
  if (kinds.length === 0) return { ok: false, message: refusalFor(from, to) };
  if (kind === undefined && kinds.length > 1) return { ok: 'choose', kinds };
  const chosen = kind ?? kinds[0];
  if (!kinds.includes(chosen)) return { ok: false, message: edgeRefusal(chosen, from.kind, to.kind) };
  if (scenario.edges.some((e) => e.from === fromId && e.to === toId && e.kind === chosen)) {
    return { ok: false, message: `${from.name} already has a ${chosen} edge to ${to.name}` };
  }
  let id = `${fromId}-${toId}`;
  for (let n = 2; scenario.edges.some((e) => e.id === id); n++) id = `${fromId}-${toId}-${n}`;
  const edge: ScenarioEdge = { id, from: fromId, to: toId, kind: chosen };
  return { ok: true, scenario: { ...scenario, edges: [...scenario.edges, edge] }, edgeId: id };
}

function attachLayer(scenario: Scenario, layer: ScenarioNode, fn: ScenarioNode): ConnectResult {
  if (fn.kind !== 'function') return { ok: false, message: 'a layer can only be attached to a function' };
  const layers = fn.layers ?? [];
  if (layers.includes(layer.id)) return { ok: false, message: `${fn.name} already uses ${layer.name}` };
  if (layers.length >= 5) return { ok: false, message: 'a function can use at most 5 layers' };
  const nodes = scenario.nodes.map((n) => (n.id === fn.id ? { ...fn, layers: [...layers, layer.id] } : n));
  return { ok: true, scenario: { ...scenario, nodes }, edgeId: '' };
}

/** Remove nodes (with their edges and layer references) and edges in one step. */
export function removeMany(
  scenario: Scenario,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): Scenario {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  return {
    ...scenario,
    nodes: scenario.nodes
      .filter((n) => !goneNodes.has(n.id))
      .map((n) =>
        n.kind === 'function' && n.layers?.some((l) => goneNodes.has(l))
          ? { ...n, layers: n.layers.filter((l) => !goneNodes.has(l)) }
          : n,
      ),
    edges: scenario.edges.filter(
      (e) => !goneEdges.has(e.id) && !goneNodes.has(e.from) && !goneNodes.has(e.to),
    ),
  };
}

/** Detach a layer from a function (the canvas draws layer attachments as edges). */
export function detachLayer(scenario: Scenario, layerId: string, functionId: string): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) =>
      n.id === functionId && n.kind === 'function' && n.layers
        ? { ...n, layers: n.layers.filter((l) => l !== layerId) }
        : n,
    ),
  };
}

/** Patch an edge; `undefined` config values are removed so defaults apply. */
export function updateEdge(
  scenario: Scenario,
  edgeId: string,
  patch: { kind?: EdgeKind; config?: Record<string, unknown> },
): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((e) => {
      if (e.id !== edgeId) return e;
      const next: ScenarioEdge = { ...e, ...(patch.kind ? { kind: patch.kind } : {}) };
      if (patch.config) {
        const config: Record<string, unknown> = { ...(e.config ?? {}), ...patch.config };
        for (const [k, v] of Object.entries(config)) if (v === undefined) delete config[k];
        if (Object.keys(config).length) next.config = config;
        else delete next.config;
      }
      return next;
    }),
  };
}
