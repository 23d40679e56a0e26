import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import { assignLogicalIds } from './logicalIds';
import { getAtt, ref, type Intrinsic } from './intrinsics';

export type Json = unknown;
export type Template = { Resources: Record<string, Record<string, Json>> } & Record<string, Json>;

/** Shared state of one export: logical IDs, lookups, and what could not be expressed. */
export class SamExportContext {
  readonly logicalIds: Map<string, string>;
  readonly nodes: Map<string, ScenarioNode>;
  readonly warnings: string[] = [];
  readonly files: Record<string, string> = {};

  constructor(readonly scenario: Scenario) {
    this.logicalIds = assignLogicalIds(scenario.nodes.map((n) => n.id));
    this.nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  }

  logical(id: string): string {
    return this.logicalIds.get(id) ?? id;
  }

  edgesFrom(id: string, kind?: ScenarioEdge['kind']): ScenarioEdge[] {
    return this.scenario.edges.filter((e) => e.from === id && (!kind || e.kind === kind));
  }

  edgesTo(id: string, kind?: ScenarioEdge['kind']): ScenarioEdge[] {
    return this.scenario.edges.filter((e) => e.to === id && (!kind || e.kind === kind));
  }

  /** The ARN of a node as CloudFormation spells it for that resource type. */
  arn(id: string): Intrinsic {
    const node = this.nodes.get(id);
    const logical = this.logical(id);
    switch (node?.kind) {
      case 'snsTopic':
        return ref(logical); // Ref of a topic is its ARN
      case 'dynamodbTable':
        return getAtt(logical, 'StreamArn');
      default:
        return getAtt(logical, 'Arn');
    }
  }
}
