import type { AccountSettings, Position, SandboxRequest, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';

// What a SAM template cannot say (traffic clients, seeds, canvas positions, node ids) travels in
// Metadata under this key, so an exported template imports back to the same scenario. Templates
// written by hand have none of it, and import derives everything from the resources.
export const METADATA_KEY = 'LambdaPlayground';

export interface TemplateMetadata {
  format: 1;
  name?: string;
  description?: string;
  seed?: number;
  durationSeconds?: number;
  cpu?: 'measured' | 'ignored';
  account?: AccountSettings;
  /** The scenario's sandbox request (network), a playground concept with no SAM equivalent. */
  sandbox?: SandboxRequest;
  /** Nodes with no AWS resource: clients, and EventBridge rules expressed as function Events. */
  nodes?: ScenarioNode[];
  /** Edges with no AWS equivalent: what clients invoke and send to. */
  edges?: ScenarioEdge[];
  /** "<kind>|<from>|<to>" -> edge id, so edges keep their ids. */
  edgeIds?: Record<string, string>;
  /** Logical ID of a rule expressed only as function Events -> its node id. */
  rules?: Record<string, string>;
}

export interface ResourceMetadata {
  id: string;
  name: string;
  position?: Position;
  /** Function: the playground's runtime start assumption. */
  coldStart?: { runtimeInitMs?: number };
  /** Parameter: CloudFormation cannot create SecureString parameters. */
  secure?: boolean;
}

export const edgeKey = (edge: Pick<ScenarioEdge, 'kind' | 'from' | 'to'>): string =>
  `${edge.kind}|${edge.from}|${edge.to}`;
