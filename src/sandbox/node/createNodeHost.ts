// The HandlerHost for Node (CLI, engine tests): handler code runs in-process, in the engine's
// thread, compiled with native esbuild before the run so compile time never counts as CPU.
import { transform, transformSync } from 'esbuild';
import type { EnvironmentSpec } from '../../engine/handlerHost';
import type { FunctionNode, LayerNode, Scenario } from '../../engine/scenarioTypes';
import type { CompiledFiles } from '../compile/compiledTypes';
import { compileFunctionCode, compileFunctionCodeSync } from '../compile/compileFunctionFiles';
import { SandboxHost, type SandboxHostOptions } from '../runtime/sandboxHost';

export type NodeHostOptions = Omit<SandboxHostOptions, 'compiledFor'>;

interface Prepared {
  files: Record<string, string>;
  layers: Record<string, string>[];
  compiled: CompiledFiles;
}

function sameSources(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function sameCode(prepared: Prepared, spec: EnvironmentSpec): boolean {
  return (
    sameSources(prepared.files, spec.files) &&
    prepared.layers.length === spec.layers.length &&
    prepared.layers.every((layer, i) => sameSources(layer, spec.layers[i]))
  );
}

/** A compiled-code cache keyed by function: precompiled entries first, esbuild's transformSync on a miss. */
export function createCompiledLookup(prepared: Map<string, Prepared>): (spec: EnvironmentSpec) => CompiledFiles {
  const byFiles = new WeakMap<Record<string, string>, CompiledFiles>();
  return (spec) => {
    const hit = spec.layers.length === 0 ? byFiles.get(spec.files) : undefined;
    if (hit) return hit;
    let entry = prepared.get(spec.functionId);
    if (!entry || !sameCode(entry, spec)) {
      const compiled = compileFunctionCodeSync(spec.files, spec.layers, transformSync);
      entry = { files: spec.files, layers: spec.layers, compiled };
      prepared.set(spec.functionId, entry);
    }
    if (spec.layers.length === 0) byFiles.set(spec.files, entry.compiled);
    return entry.compiled;
  };
}

/** Compiles every function of the scenario (with its layers) and returns a ready host. */
export async function createNodeHost(scenario?: Scenario, options: NodeHostOptions = {}): Promise<SandboxHost> {
  const prepared = new Map<string, Prepared>();
  if (scenario) {
    const layers = new Map(
      scenario.nodes.filter((n): n is LayerNode => n.kind === 'layer').map((n) => [n.id, n.files] as const),
    );
    const functions = scenario.nodes.filter((n): n is FunctionNode => n.kind === 'function');
    await Promise.all(
      functions.map(async (fn) => {
        const fnLayers = (fn.layers ?? []).map((id) => layers.get(id) ?? {});
        const compiled = await compileFunctionCode(fn.files, fnLayers, transform);
        prepared.set(fn.id, { files: fn.files, layers: fnLayers, compiled });
      }),
    );
  }
  return new SandboxHost({ ...options, compiledFor: createCompiledLookup(prepared) });
}
