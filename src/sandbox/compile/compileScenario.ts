// Compiles every function of a scenario (with its layers), caching by source so an unchanged
// function is not recompiled when the user edits another one or presses Run again.
import type { FunctionNode, LayerNode, Scenario } from '../../engine/scenarioTypes';
import type { CompiledFiles, TransformFn } from './compiledTypes';
import { compileFunctionCode } from './compileFunctionFiles';

const MAX_CACHED = 64;

export function createScenarioCompiler(transform: TransformFn) {
  const cache = new Map<string, Promise<CompiledFiles>>();
  return async function compileScenario(scenario: Scenario): Promise<Record<string, CompiledFiles>> {
    const layers = new Map(scenario.nodes.filter((n): n is LayerNode => n.kind === 'layer').map((n) => [n.id, n.files] as const));
    const functions = scenario.nodes.filter((n): n is FunctionNode => n.kind === 'function');
    const out: Record<string, CompiledFiles> = {};
    await Promise.all(
      functions.map(async (fn) => {
        const fnLayers = (fn.layers ?? []).map((id) => layers.get(id) ?? {});
        const key = JSON.stringify([fn.files, fnLayers]);
        let pending = cache.get(key);
        if (!pending) {
          if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
          pending = compileFunctionCode(fn.files, fnLayers, transform);
          pending.catch(() => cache.delete(key));
          cache.set(key, pending);
        }
        out[fn.id] = await pending;
      }),
    );
    return out;
  };
}

/** Identity of everything a warm test environment depends on (not canvas positions). */
export function scenarioCodeKey(scenario: Scenario): string {
  return JSON.stringify({
    nodes: scenario.nodes.map((node) => ({ ...node, position: undefined })),
    edges: scenario.edges,
    account: scenario.account,
    cpu: scenario.cpu,
    seed: scenario.seed,
  });
}
