import { parseDocument } from 'yaml';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../engine/scenarioTypes';
import type { ScenarioError } from '../checkWiring';
import { parseScenario } from '../parseScenario';
import { readTags } from './intrinsics';
import { METADATA_KEY, type TemplateMetadata } from './samMetadata';
import { isObj, SamImportContext, type Obj } from './samImportContext';
import { createFunctionNode, wireFunction, withGlobals } from './samImportFunction';
import { createResourceNode, IMPLIED_TYPES, isResourceNodeType, wireResource } from './samImportResources';
import { LAMBDA_ATTACHMENT_TYPES, wireLambdaAttachment } from './samImportLambdaResources';

export type SamImportResult =
  | { ok: true; scenario: Scenario; notUnderstood: string[] }
  | { ok: false; errors: ScenarioError[]; notUnderstood: string[] };

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);
const IGNORED_SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Transform',
  'Description',
  'Metadata',
  'Resources',
  'Parameters',
  'Globals',
]);
const MAX_TEMPLATE_CHARS = 2 * 1024 * 1024;

/**
 * A SAM (or plain CloudFormation) template onto the canvas. `files` are the project's other
 * files by path ("src/orders/index.mjs"), so CodeUri / ContentUri folders bring their code.
 * Whatever has no playground equivalent is listed in notUnderstood, never dropped silently.
 * Never throws.
 */
export function samToScenario(yamlText: string, files: Record<string, string> = {}): SamImportResult {
  try {
    return importTemplate(yamlText, files);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(template)', message: `could not be read: ${(error as Error).message}` }],
      notUnderstood: [],
    };
  }
}

function importTemplate(yamlText: string, files: Record<string, string>): SamImportResult {
  if (typeof yamlText !== 'string') return fail('(template)', 'is not text');
  if (yamlText.length > MAX_TEMPLATE_CHARS) return fail('(template)', 'is larger than 2 MB');
  const doc = parseDocument(yamlText, { customTags: readTags, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return fail('(yaml)', doc.errors.map((e) => e.message.split('\n')[0]).join('; '));
  }
  const notes = doc.warnings.map((w) => `(yaml): ${w.message.split('\n')[0]}`);
  const template = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObj(template)) return fail('(template)', 'must be a YAML or JSON mapping with a Resources section');
  if (!isObj(template.Resources))
    return fail('Resources', 'is missing: a template lists its resources under Resources');
  const meta = readMetadata(template);
  const resources = Object.fromEntries(
    Object.entries(template.Resources).filter(([, r]) => isObj(r)),
  ) as Record<string, Obj>;
  const ctx = new SamImportContext(
    resources,
    isObj(template.Parameters) ? template.Parameters : {},
    meta,
    files,
  );
  ctx.notUnderstood.push(...notes);
  for (const key of Object.keys(template))
    if (!IGNORED_SECTIONS.has(key)) ctx.note(key, 'section not simulated; ignored');
  const globals =
    isObj(template.Globals) && isObj(template.Globals.Function) ? template.Globals.Function : {};
  if (isObj(template.Globals))
    for (const key of Object.keys(template.Globals))
      if (key !== 'Function') ctx.note(`Globals.${key}`, 'not simulated; ignored');

  const propsOf = (logical: string): Obj => {
    const r = resources[logical];
    const own = isObj(r.Properties) ? r.Properties : {};
    return FUNCTION_TYPES.has(String(r.Type)) ? withGlobals(own, globals) : own;
  };
  for (const [logical, resource] of Object.entries(template.Resources)) {
    if (!isObj(resource)) {
      ctx.note(`Resources.${logical}`, 'not a resource');
      continue;
    }
    const type = String(resource.Type);
    if (FUNCTION_TYPES.has(type)) createFunctionNode(ctx, logical, propsOf(logical));
    else if (isResourceNodeType(type)) createResourceNode(ctx, logical, resource);
    else if (!IMPLIED_TYPES.has(type) && !LAMBDA_ATTACHMENT_TYPES.has(type))
      ctx.note(`Resources.${logical}`, `${type} is not simulated; dropped`);
    if (resource.Condition !== undefined)
      ctx.note(
        `Resources.${logical}.Condition`,
        'conditions are not evaluated; the resource is always created',
      );
  }
  for (const node of meta.nodes ?? []) addMetadataNode(ctx, node);
  for (const [logical, resource] of Object.entries(resources)) {
    if (FUNCTION_TYPES.has(String(resource.Type))) wireFunction(ctx, logical, propsOf(logical));
    else if (LAMBDA_ATTACHMENT_TYPES.has(String(resource.Type))) wireLambdaAttachment(ctx, logical, resource);
    else wireResource(ctx, logical, resource);
  }
  for (const edge of meta.edges ?? []) addMetadataEdge(ctx, edge);

  const scenario: Record<string, unknown> = { version: 1, name: scenarioName(meta, template) };
  if (typeof meta.description === 'string') scenario.description = meta.description;
  else if (typeof template.Description === 'string' && template.Description !== scenario.name)
    scenario.description = template.Description;
  for (const key of ['seed', 'durationSeconds', 'cpu', 'account', 'sandbox'] as const)
    if (meta[key] !== undefined) scenario[key] = meta[key];
  scenario.nodes = ctx.nodes;
  scenario.edges = ctx.edges;
  const parsed = parseScenario(scenario);
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario, notUnderstood: ctx.notUnderstood }
    : { ok: false, errors: parsed.errors, notUnderstood: ctx.notUnderstood };
}

function readMetadata(template: Obj): Partial<TemplateMetadata> {
  const m = isObj(template.Metadata) ? template.Metadata[METADATA_KEY] : undefined;
  if (!isObj(m)) return {};
  const out = m as Partial<TemplateMetadata>;
  if (out.nodes !== undefined && !Array.isArray(out.nodes)) delete out.nodes;
  if (out.edges !== undefined && !Array.isArray(out.edges)) delete out.edges;
  if (out.edgeIds !== undefined && !isObj(out.edgeIds)) delete out.edgeIds;
  if (out.rules !== undefined && !isObj(out.rules)) delete out.rules;
  return out;
}

function scenarioName(meta: Partial<TemplateMetadata>, template: Obj): string {
  if (typeof meta.name === 'string' && meta.name) return meta.name.slice(0, 128);
  const description =
    typeof template.Description === 'string' ? template.Description.split('\n')[0].trim() : '';
  return (description || 'Imported SAM template').slice(0, 128);
}

function addMetadataNode(ctx: SamImportContext, node: unknown): void {
  if (!isObj(node) || typeof node.id !== 'string') return;
  if (node.kind !== 'client' && node.kind !== 'eventBridgeRule') return;
  if (ctx.hasNodeId(node.id))
    return ctx.note(`Metadata.${METADATA_KEY}.nodes`, `node "${node.id}" clashes with a resource; dropped`);
  ctx.claimNodeId(`meta:${node.id}`, node.id);
  ctx.addNode(node as unknown as ScenarioNode);
}

function addMetadataEdge(ctx: SamImportContext, edge: unknown): void {
  if (!isObj(edge) || typeof edge.from !== 'string' || typeof edge.to !== 'string') return;
  if (!ctx.node(edge.from) || !ctx.node(edge.to)) {
    return ctx.note(
      `Metadata.${METADATA_KEY}.edges`,
      `edge ${String(edge.id)} names a node that is not in the template; dropped`,
    );
  }
  ctx.addEdge(
    edge.kind as ScenarioEdge['kind'],
    edge.from,
    edge.to,
    isObj(edge.config) ? edge.config : undefined,
  );
}

function fail(path: string, message: string): SamImportResult {
  return { ok: false, errors: [{ path, message }], notUnderstood: [] };
}
