import type { Scenario, ScenarioNode } from '../engine/scenarioTypes';
import { checkReservations } from '../engine/concurrencyRules';
import { edgeKindAllowed, edgeRefusal } from './edgeRules';
import { checkEdgeRules } from './checkEdgeRules';
import { parseSchedule } from '../engine/sources/schedule';

export interface ScenarioError {
  path: string;
  message: string;
}

// Rules that need the whole scenario: unique ids, edge endpoints, allowed pairs, account limits.
export function checkWiring(scenario: Scenario): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const byId = new Map<string, ScenarioNode>();
  scenario.nodes.forEach((node, i) => {
    if (byId.has(node.id)) errors.push({ path: `nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    else byId.set(node.id, node);
  });
  const edgeIds = new Set<string>();
  scenario.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) errors.push({ path: `edges[${i}].id`, message: `duplicate edge id "${edge.id}"` });
    edgeIds.add(edge.id);
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from) errors.push({ path: `edges[${i}].from`, message: `no node with id "${edge.from}"` });
    if (!to) errors.push({ path: `edges[${i}].to`, message: `no node with id "${edge.to}"` });
    if (from && to && !edgeKindAllowed(edge.kind, from.kind, to.kind)) {
      errors.push({ path: `edges[${i}].kind`, message: edgeRefusal(edge.kind, from.kind, to.kind) });
    }
    const invocationType = edge.config?.invocationType;
    if (edge.kind === 'invoke' && invocationType !== undefined) {
      if (invocationType !== 'RequestResponse' && invocationType !== 'Event') {
        errors.push({
          path: `edges[${i}].config.invocationType`,
          message: 'must be "RequestResponse" or "Event"',
        });
      } else if (invocationType === 'Event' && from?.kind !== 'client') {
        errors.push({
          path: `edges[${i}].config.invocationType`,
          message: 'API Gateway invokes Lambda synchronously; "Event" is only for a client -> function edge',
        });
      }
    }
  });
  scenario.edges.forEach((edge, i) => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (from && to) errors.push(...checkEdgeRules(edge, i, from, to));
  });
  scenario.nodes.forEach((node, i) => {
    if (node.kind === 'eventBridgeRule') {
      if (node.schedule !== undefined) {
        const parsed = parseSchedule(node.schedule);
        if ('error' in parsed) errors.push({ path: `nodes[${i}].schedule`, message: parsed.error });
      }
      if (node.schedule === undefined && node.eventPattern === undefined) {
        errors.push({ path: `nodes[${i}]`, message: 'an EventBridge rule needs a schedule or an eventPattern' });
      }
    }
    if (node.kind !== 'function') return;
    node.layers?.forEach((layerId, j) => {
      if (byId.get(layerId)?.kind !== 'layer') {
        errors.push({ path: `nodes[${i}].layers[${j}]`, message: `no layer node with id "${layerId}"` });
      }
    });
  });
  errors.push(...checkAccount(scenario));
  return errors;
}

function checkAccount(scenario: Scenario): ScenarioError[] {
  const limit = scenario.account?.concurrencyLimit ?? 1000;
  const minimum = scenario.account?.unreservedMinimum ?? 100;
  if (minimum > limit) {
    return [{ path: 'account.unreservedMinimum', message: `must not exceed account.concurrencyLimit (${limit})` }];
  }
  const functionIndexes: number[] = [];
  const functions = scenario.nodes.flatMap((node, i) => {
    if (node.kind !== 'function') return [];
    functionIndexes.push(i);
    return [node];
  });
  return checkReservations(functions, limit, minimum).map((v) => ({
    path: `nodes[${functionIndexes[v.index]}].${v.field}`,
    message: v.message,
  }));
}
