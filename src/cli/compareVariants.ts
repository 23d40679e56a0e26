import type { Scenario } from '../engine/scenarioTypes';
import type { CompareSpec } from './parseArgs';

export interface Variant {
  label: string;
  scenario: Scenario;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * One scenario per value of a function setting, everything else (traffic, seed) identical, so
 * the variants see the same seeded traffic. Returns a message naming the problem instead.
 */
export function compareVariants(scenario: Scenario, spec: CompareSpec): Variant[] | { error: string } {
  const functions = scenario.nodes.filter((n) => n.kind === 'function');
  const target = spec.functionId ? functions.find((n) => n.id === spec.functionId) : functions.length === 1 ? functions[0] : undefined;
  if (!target) {
    return {
      error: spec.functionId
        ? `--function: no function node with id "${spec.functionId}" (functions: ${functions.map((f) => f.id).join(', ')})`
        : `--function is required: the scenario has ${functions.length} functions (${functions.map((f) => f.id).join(', ')})`,
    };
  }
  if (spec.values.length === 0) return { error: '--compare needs at least one value' };
  return spec.values.map((raw) => {
    const value: unknown = raw === 'null' ? null : NUMERIC.test(raw) ? Number(raw) : raw;
    const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
    const node = copy.nodes.find((n) => n.id === target.id) as unknown as Record<string, unknown>;
    node[spec.setting] = value;
    return { label: `${target.id}.${spec.setting}=${raw}`, scenario: copy };
  });
}
