// Pure edits of a draft scenario. The store calls these; keeping them pure lets tests check
// every edit without React or a runner.
import type {
  ClientNode,
  FunctionNode,
  LayerNode,
  Position,
  Scenario,
  ScenarioNode,
  Traffic,
} from '../engine/scenarioTypes';
import { edgeKindsFor, edgeRefusal } from '../scenario/edgeRules';
import { handlerModule, moduleStem } from '../scenario/handlerModule';

export type EditResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

export const NEW_FUNCTION_CODE = `export const handler = async (event, context) => {
  // Simulated time: this 100 ms wait costs no real time.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { statusCode: 200, body: JSON.stringify({ requestId: context.awsRequestId }) };
};
`;

/** The smallest unused "<prefix>-<n>" among node ids and names, so ids stay valid and readable. */
export function nextNodeId(scenario: Scenario, prefix: string): string {
  const taken = new Set(scenario.nodes.flatMap((n) => [n.id, n.name]));
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function addFunctionNode(scenario: Scenario, position: Position): { scenario: Scenario; id: string } {
  const id = nextNodeId(scenario, 'function');
  const node: FunctionNode = {
    id,
    kind: 'function',
    name: id,
    position,
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memoryMB: 128,
    timeoutSeconds: 3,
    files: { 'index.mjs': NEW_FUNCTION_CODE },
  };
  return { scenario: { ...scenario, nodes: [...scenario.nodes, node] }, id };
}

export function addClientNode(scenario: Scenario, position: Position): { scenario: Scenario; id: string } {
  const id = nextNodeId(scenario, 'client');
  const node: ClientNode = {
    id,
    kind: 'client',
    name: id,
    position,
    traffic: { pattern: 'constant', ratePerSecond: 1 },
  };
  return { scenario: { ...scenario, nodes: [...scenario.nodes, node] }, id };
}

/** Removing a node removes its edges too: a dangling edge would fail validation for no reason. */
export function removeNode(scenario: Scenario, id: string): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.filter((n) => n.id !== id),
    edges: scenario.edges.filter((e) => e.from !== id && e.to !== id),
  };
}

export function removeEdge(scenario: Scenario, id: string): Scenario {
  return { ...scenario, edges: scenario.edges.filter((e) => e.id !== id) };
}

export function connectNodes(scenario: Scenario, fromId: string, toId: string): EditResult {
  const from = scenario.nodes.find((n) => n.id === fromId);
  const to = scenario.nodes.find((n) => n.id === toId);
  if (!from || !to) return { ok: false, message: 'both ends of a connection must be nodes on the canvas' };
  if (fromId === toId) return { ok: false, message: 'a node cannot connect to itself' };
  const kinds = edgeKindsFor(from.kind, to.kind);
  const kind = kinds[0];
  if (!kind) return { ok: false, message: edgeRefusal('invoke', from.kind, to.kind) };
  if (scenario.edges.some((e) => e.from === fromId && e.to === toId && e.kind === kind)) {
    return { ok: false, message: `${from.name} already has an ${kind} edge to ${to.name}` };
  }
  let id = `${fromId}-${toId}`;
  for (let n = 2; scenario.edges.some((e) => e.id === id); n++) id = `${fromId}-${toId}-${n}`;
  return {
    ok: true,
    scenario: { ...scenario, edges: [...scenario.edges, { id, from: fromId, to: toId, kind }] },
  };
}

/** Shallow patch of one node; `undefined` values delete the field so defaults apply. */
export function updateNode(scenario: Scenario, id: string, patch: Partial<ScenarioNode>): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => {
      if (n.id !== id) return n;
      const next = { ...n, ...patch } as Record<string, unknown>;
      for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
      return next as unknown as ScenarioNode;
    }),
  };
}

export function moveNode(scenario: Scenario, id: string, position: Position): Scenario {
  return updateNode(scenario, id, { position });
}

export function setTraffic(scenario: Scenario, clientId: string, traffic: Traffic): Scenario {
  return updateNode(scenario, clientId, { traffic } as Partial<ClientNode>);
}

/** Functions and layers hold files; `ownerId` names either. */
function withFiles(scenario: Scenario, ownerId: string, change: (files: Record<string, string>, node: FunctionNode | LayerNode) => Partial<FunctionNode | LayerNode>): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) =>
      n.id === ownerId && (n.kind === 'function' || n.kind === 'layer') ? ({ ...n, ...change(n.files, n) } as typeof n) : n,
    ),
  };
}

export function setFile(scenario: Scenario, ownerId: string, fileName: string, content: string): Scenario {
  return withFiles(scenario, ownerId, (files) => ({ files: { ...files, [fileName]: content } }));
}

/**
 * Renames a file in place (tab order kept). Renaming the file the handler setting points at
 * (index.mjs for "index.handler") moves the setting along, so the function keeps working.
 */
export function renameFile(scenario: Scenario, ownerId: string, from: string, to: string): Scenario {
  return withFiles(scenario, ownerId, (files, node) => {
    const renamed: Record<string, string> = {};
    for (const [name, content] of Object.entries(files)) renamed[name === from ? to : name] = content;
    const patch: Partial<FunctionNode> = { files: renamed };
    if (node.kind === 'function') {
      const handler = node.handler ?? 'index.handler';
      const module = handlerModule(handler);
      if (module !== null && moduleStem(from) === module && moduleStem(to) !== to)
        patch.handler = `${moduleStem(to)}${handler.slice(module.length)}`;
    }
    return patch;
  });
}

export function deleteFile(scenario: Scenario, ownerId: string, name: string): Scenario {
  return withFiles(scenario, ownerId, (files) => {
    const rest = { ...files };
    delete rest[name];
    return { files: rest };
  });
}

export function functionNodes(scenario: Scenario): FunctionNode[] {
  return scenario.nodes.filter((n): n is FunctionNode => n.kind === 'function');
}
