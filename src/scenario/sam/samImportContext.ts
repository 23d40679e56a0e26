import type { EdgeKind, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import { METADATA_KEY, edgeKey, type ResourceMetadata, type TemplateMetadata } from './samMetadata';
import { nodeIdFromLogicalId } from './logicalIds';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** State of one import: resources, the node id chosen for each, edges, and every note. */
export class SamImportContext {
  readonly nodes: ScenarioNode[] = [];
  readonly edges: ScenarioEdge[] = [];
  readonly notUnderstood: string[] = [];
  /** Logical ID -> node id. */
  readonly nodeIds = new Map<string, string>();
  private readonly usedIds = new Set<string>();
  private readonly usedEdgeIds = new Set<string>();

  constructor(
    readonly resources: Record<string, Obj>,
    readonly parameters: Obj,
    readonly meta: Partial<TemplateMetadata>,
    readonly files: Record<string, string>,
  ) {}

  note(path: string, why: string): void {
    this.notUnderstood.push(`${path}: ${why}`);
  }

  resourceMeta(logicalId: string): Partial<ResourceMetadata> {
    const m = this.resources[logicalId]?.Metadata;
    const mine = isObj(m) ? m[METADATA_KEY] : undefined;
    return isObj(mine) ? (mine as Partial<ResourceMetadata>) : {};
  }

  /** A unique node id: the one the playground exported if present, else from the logical ID. */
  claimNodeId(logicalId: string, preferred?: unknown): string {
    let id = typeof preferred === 'string' && ID.test(preferred) ? preferred : nodeIdFromLogicalId(logicalId);
    const base = id;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base.slice(0, 60)}${n}`;
    this.usedIds.add(id);
    this.nodeIds.set(logicalId, id);
    return id;
  }

  hasNodeId(id: string): boolean {
    return this.usedIds.has(id);
  }

  addNode(node: ScenarioNode): void {
    this.nodes.push(node);
  }

  node(id: string): ScenarioNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  addEdge(kind: EdgeKind, from: string, to: string, config?: Obj): void {
    if (this.edges.some((e) => e.kind === kind && e.from === from && e.to === to)) return;
    let id = this.meta.edgeIds?.[edgeKey({ kind, from, to })];
    if (typeof id !== 'string' || !ID.test(id) || this.usedEdgeIds.has(id)) {
      const base = `${from}-${to}`.slice(0, 60);
      id = base;
      for (let n = 2; this.usedEdgeIds.has(id); n++) id = `${base}${n}`;
    }
    this.usedEdgeIds.add(id);
    const edge: ScenarioEdge = { id, from, to, kind };
    if (config && Object.keys(config).length) edge.config = config;
    this.edges.push(edge);
  }

  /** The logical ID a reference points at: !Ref X, !GetAtt X.Arn, !Sub '${X.Arn}', or an ARN/name. */
  target(value: unknown): string | undefined {
    if (isObj(value)) {
      if (typeof value.Ref === 'string') return this.resources[value.Ref] ? value.Ref : undefined;
      const getAtt = value['Fn::GetAtt'];
      if (Array.isArray(getAtt) && typeof getAtt[0] === 'string')
        return this.resources[getAtt[0]] ? getAtt[0] : undefined;
      const sub = value['Fn::Sub'];
      const text =
        typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
      if (text) {
        const vars = Array.isArray(sub) && isObj(sub[1]) ? sub[1] : {};
        const placeholders = [...text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g)].map((m) => m[1]);
        // !Sub ['${Q}', {Q: !GetAtt X.Arn}]: the variable's own value names the resource.
        const fromVars = placeholders
          .filter((n) => n in vars)
          .map((n) => this.target(vars[n]))
          .filter((n) => n !== undefined);
        if (fromVars.length === 1) return fromVars[0];
        const names = placeholders.filter((n) => this.resources[n]);
        if (names.length === 1) return names[0];
        return this.byPhysicalName(text.split(/[:/]/).pop() ?? '');
      }
      return undefined;
    }
    if (typeof value === 'string')
      return this.resources[value] ? value : this.byPhysicalName(value.split(/[:/]/).pop() ?? '');
    return undefined;
  }

  /** The node id a reference points at, if that resource became a node. */
  targetNode(value: unknown): string | undefined {
    const logical = this.target(value);
    return logical ? this.nodeIds.get(logical) : undefined;
  }

  private byPhysicalName(name: string): string | undefined {
    if (!name) return undefined;
    for (const [logical, resource] of Object.entries(this.resources)) {
      const p = isObj(resource.Properties) ? resource.Properties : {};
      for (const key of [
        'FunctionName',
        'QueueName',
        'TopicName',
        'BucketName',
        'TableName',
        'Name',
        'LayerName',
      ]) {
        if (p[key] === name) return logical;
      }
    }
    return undefined;
  }

  /** A literal value: numbers and strings as is; !Ref to a template parameter gives its Default. */
  literal(value: unknown, path: string): unknown {
    if (isObj(value) && typeof value.Ref === 'string' && isObj(this.parameters[value.Ref])) {
      const param = this.parameters[value.Ref] as Obj;
      if ('Default' in param) {
        const d = param.Default;
        return param.Type === 'Number' && typeof d === 'string' && d.trim() !== '' && !Number.isNaN(Number(d))
          ? Number(d)
          : d;
      }
      this.note(path, `refers to parameter ${value.Ref}, which has no Default`);
      return undefined;
    }
    if (isObj(value)) {
      this.note(path, `computed value (${Object.keys(value)[0]}) cannot be evaluated here`);
      return undefined;
    }
    return value;
  }

  /** A literal string name, or undefined (with a note) when it is computed. */
  name(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    const v = this.literal(value, path);
    return typeof v === 'string' && v ? v.slice(0, 128) : undefined;
  }
}
