import { Document } from 'yaml';
import type { Scenario } from '../../engine/scenarioTypes';
import { writeTags } from './intrinsics';
import { edgeKey, METADATA_KEY, type TemplateMetadata } from './samMetadata';
import { SamExportContext, type Json } from './samExportContext';
import { ruleIsFunctionEvents, samFunction } from './samFunction';
import { samResources } from './samResources';
import { policiesForBucket, samAccessPolicies } from './samAccessPolicies';

export interface SamProject {
  /** "template.yaml" plus every function's and layer's files at their CodeUri / ContentUri. */
  files: Record<string, string>;
  /** What the template could not express (also written as comments at its top). */
  warnings: string[];
}

/** The scenario as a deployable SAM project: `sam build && sam deploy --guided` in its folder. */
export function scenarioToSamProject(scenario: Scenario): SamProject {
  const ctx = new SamExportContext(scenario);
  const resources: Record<string, Json> = {};
  for (const node of scenario.nodes) {
    if (node.kind === 'function') resources[ctx.logical(node.id)] = samFunction(ctx, node);
    else if (node.kind !== 'client') Object.assign(resources, samResources(ctx, node));
  }
  const policies = samAccessPolicies(ctx, new Set(Object.keys(resources)));
  Object.assign(resources, policies);
  for (const node of scenario.nodes) {
    if (node.kind !== 's3Bucket') continue;
    const dependsOn = policiesForBucket(ctx, node.id, policies);
    const bucket = resources[ctx.logical(node.id)] as Record<string, Json> | undefined;
    if (bucket && dependsOn.length)
      resources[ctx.logical(node.id)] = { Type: bucket.Type, DependsOn: dependsOn, ...bucket };
  }
  const template: Record<string, Json> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: scenario.description?.split('\n')[0].slice(0, 1024) || scenario.name,
  };
  if (scenario.nodes.some((n) => n.kind === 'function' && n.vpc)) {
    template.Parameters = {
      VpcSubnetIds: {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: 'Subnets for the VPC-attached functions',
      },
      VpcSecurityGroupIds: {
        Type: 'List<AWS::EC2::SecurityGroup::Id>',
        Description: 'Security groups for the VPC-attached functions',
      },
    };
  }
  template.Metadata = { [METADATA_KEY]: templateMetadata(ctx) };
  template.Resources = resources;

  // No anchors/aliases (CloudFormation's YAML reader does not accept them), and YAML 1.1 quoting so
  // strings such as "2012-10-17", "yes" or "on" stay strings for a YAML 1.1 reader.
  const doc = new Document(template, { customTags: writeTags, aliasDuplicateObjects: false, version: '1.1' });
  const listings: string[] = [];
  for (const node of scenario.nodes) {
    if (node.kind !== 'function' && node.kind !== 'layer') continue;
    const dir = node.kind === 'function' ? `src/${node.id}/` : `layers/${node.id}/`;
    const files = Object.keys(ctx.files).filter((f) => f.startsWith(dir));
    if (!files.length) continue;
    listings.push(`${ctx.logical(node.id)}: ${files.join(', ')}`);
    const item = doc.getIn(['Resources', ctx.logical(node.id)], true) as
      { commentBefore?: string } | undefined;
    if (item) item.commentBefore = ` Code: ${files.join(', ')}`;
  }
  const header = [
    ` ${scenario.name}: exported from Lambda Playground.`,
    ' Deploy: sam build && sam deploy --guided (traffic clients stay in the playground).',
    ...(listings.length ? [' Files next to this template:', ...listings.map((l) => `   ${l}`)] : []),
    ...ctx.warnings.map((w) => ` Not exported: ${w}`),
  ];
  doc.commentBefore = header.join('\n');
  return { files: { 'template.yaml': doc.toString({ lineWidth: 0 }), ...ctx.files }, warnings: ctx.warnings };
}

/** Just the template.yaml text; the code files are listed in its comments (see scenarioToSamProject). */
export function scenarioToSam(scenario: Scenario): string {
  return scenarioToSamProject(scenario).files['template.yaml'];
}

function templateMetadata(ctx: SamExportContext): TemplateMetadata {
  const s = ctx.scenario;
  const meta: TemplateMetadata = { format: 1, name: s.name };
  if (s.description !== undefined) meta.description = s.description;
  if (s.seed !== undefined) meta.seed = s.seed;
  if (s.durationSeconds !== undefined) meta.durationSeconds = s.durationSeconds;
  if (s.cpu !== undefined) meta.cpu = s.cpu;
  if (s.account !== undefined) meta.account = s.account;
  if (s.sandbox !== undefined) meta.sandbox = s.sandbox;
  const rules = s.nodes.filter((n) => n.kind === 'eventBridgeRule' && ruleIsFunctionEvents(ctx, n.id));
  const playgroundOnly = s.nodes.filter((n) => n.kind === 'client');
  if (playgroundOnly.length || rules.length) meta.nodes = [...playgroundOnly, ...rules];
  if (rules.length) meta.rules = Object.fromEntries(rules.map((r) => [ctx.logical(r.id), r.id]));
  const clientEdges = s.edges.filter((e) => ctx.nodes.get(e.from)?.kind === 'client');
  if (clientEdges.length) meta.edges = clientEdges;
  if (s.edges.length) meta.edgeIds = Object.fromEntries(s.edges.map((e) => [edgeKey(e), e.id]));
  return meta;
}
