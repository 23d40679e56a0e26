import type { FunctionNode } from '../../engine/scenarioTypes';
import { isObj, type Obj, type SamImportContext } from './samImportContext';
import { MAPPING_PROPERTY_NAMES, mappingConfig } from './samImportFunction';

// Plain CloudFormation spells as separate resources what SAM writes on the function:
// mappings, function URLs and async invoke configuration. They attach to their function.
export const LAMBDA_ATTACHMENT_TYPES = new Set([
  'AWS::Lambda::EventSourceMapping',
  'AWS::Lambda::Url',
  'AWS::Lambda::EventInvokeConfig',
]);

export function wireLambdaAttachment(ctx: SamImportContext, logical: string, resource: Obj): void {
  const type = String(resource.Type);
  const p = isObj(resource.Properties) ? resource.Properties : {};
  const path = `Resources.${logical}.Properties`;
  const fnKey = type === 'AWS::Lambda::Url' ? 'TargetFunctionArn' : 'FunctionName';
  const fnId = ctx.targetNode(p[fnKey]);
  const fn = fnId ? ctx.node(fnId) : undefined;
  if (!fnId || fn?.kind !== 'function')
    return ctx.note(`${path}.${fnKey}`, 'function outside the template; dropped');
  const extra = (known: string[]) => {
    for (const key of Object.keys(p))
      if (!known.includes(key)) ctx.note(`${path}.${key}`, 'not simulated; dropped');
  };
  if (type === 'AWS::Lambda::Url') {
    if (p.AuthType === 'NONE' || p.AuthType === 'AWS_IAM') fn.url = { authType: p.AuthType };
    return extra([fnKey, 'AuthType', 'Qualifier']);
  }
  if (type === 'AWS::Lambda::EventSourceMapping') {
    const source = ctx.targetNode(p.EventSourceArn);
    if (!source) return ctx.note(`${path}.EventSourceArn`, 'source outside the template; dropped');
    const { config, failure } = mappingConfig(ctx, p, path);
    if (failure !== undefined) {
      const target = ctx.targetNode(failure);
      if (target && ctx.node(source)?.kind !== 'sqsQueue') ctx.addEdge('onFailure', source, target);
      else ctx.note(`${path}.DestinationConfig`, 'on-failure destination outside the template; dropped');
    }
    extra([fnKey, 'EventSourceArn', ...MAPPING_PROPERTY_NAMES]);
    return ctx.addEdge('eventSourceMapping', source, fnId, config);
  }
  // AWS::Lambda::EventInvokeConfig
  const asyncConfig: NonNullable<FunctionNode['async']> = { ...fn.async };
  const retries = ctx.literal(p.MaximumRetryAttempts, `${path}.MaximumRetryAttempts`);
  const age = ctx.literal(p.MaximumEventAgeInSeconds, `${path}.MaximumEventAgeInSeconds`);
  if (retries === 0 || retries === 1 || retries === 2) asyncConfig.maximumRetryAttempts = retries;
  if (typeof age === 'number') asyncConfig.maximumEventAgeSeconds = age;
  if (Object.keys(asyncConfig).length) fn.async = asyncConfig;
  const dc = isObj(p.DestinationConfig) ? p.DestinationConfig : {};
  for (const [key, kind] of [
    ['OnSuccess', 'onSuccess'],
    ['OnFailure', 'onFailure'],
  ] as const) {
    const d = dc[key];
    if (!isObj(d)) continue;
    const target = ctx.targetNode(d.Destination);
    if (target) ctx.addEdge(kind, fnId, target);
    else
      ctx.note(
        `${path}.DestinationConfig.${key}`,
        'destination outside the template (e.g. an event bus); dropped',
      );
  }
  extra([fnKey, 'Qualifier', 'MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig']);
}
