import type { Edge, Node } from '@xyflow/react';

/** Canvas nodes carry only the scenario id; views read everything else from the store so live badges do not rebuild the graph. */
export type FlowNodeData = { nodeId: string };
export type FlowNode = Node<FlowNodeData>;
export type FlowEdge = Edge;
