import { useAppStore } from '../../state/useAppStore';

/** "nodes[3]": the prefix of this node's validation paths. */
export function useNodePath(nodeId: string): string {
  const index = useAppStore((s) => s.scenario.nodes.findIndex((n) => n.id === nodeId));
  return `nodes[${index}]`;
}
