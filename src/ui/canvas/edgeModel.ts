import type { ScenarioEdge } from '../../engine/scenarioTypes';

/** How Lambda is invoked along an edge: the three invocation models, plus a layer attachment. */
export type InvocationModel = 'sync' | 'async' | 'polled' | 'layer';

export function invocationModel(edge: Pick<ScenarioEdge, 'kind' | 'config'>): InvocationModel {
  switch (edge.kind) {
    case 'invoke':
      return edge.config?.invocationType === 'Event' ? 'async' : 'sync';
    case 'send':
      return 'sync';
    case 'eventSourceMapping':
      return 'polled';
    default:
      return 'async';
  }
}

export const MODEL_LABEL: Record<InvocationModel, string> = {
  sync: 'synchronous: the caller waits for the response',
  async: 'asynchronous: Lambda queues the event and answers 202 at once',
  polled: 'event source mapping: Lambda polls the source and invokes with batches',
  layer: 'layer attached to the function',
};

/** Short edge label: the kind, with the detail that matters most. */
export function edgeLabel(edge: Pick<ScenarioEdge, 'kind' | 'config'>): string {
  const c = edge.config ?? {};
  switch (edge.kind) {
    case 'invoke':
      return c.invocationType === 'Event' ? 'invoke (Event)' : 'invoke';
    case 'eventSourceMapping':
      return `poll${c.batchSize !== undefined ? ` ×${String(c.batchSize)}` : ''}${c.enabled === false ? ' (off)' : ''}`;
    case 'redrive':
      return `redrive${c.maxReceiveCount !== undefined ? ` after ${String(c.maxReceiveCount)}` : ''}`;
    default:
      return edge.kind;
  }
}
