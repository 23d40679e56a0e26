import type { FunctionNode, ScenarioEdge } from '../../engine/scenarioTypes';
import { getAtt, ref, sub } from './intrinsics';
import { METADATA_KEY, type ResourceMetadata } from './samMetadata';
import { validPhysicalName } from './physicalNames';
import type { Json, SamExportContext } from './samExportContext';

const DESTINATION_TYPES: Record<string, string> = {
  sqsQueue: 'SQS',
  snsTopic: 'SNS',
  function: 'Lambda',
  eventBridgeRule: 'EventBridge',
  s3Bucket: 'S3',
};

/** AWS::Serverless::Function for a function node, with its Events and invoke configuration. */
export function samFunction(ctx: SamExportContext, fn: FunctionNode): Record<string, Json> {
  const p: Record<string, Json> = {};
  if (validPhysicalName('function', fn.name)) p.FunctionName = fn.name;
  p.Runtime = fn.runtime ?? 'nodejs22.x';
  p.Handler = fn.handler ?? 'index.handler';
  Object.assign(p, code(ctx, fn));
  if (fn.memoryMB !== undefined) p.MemorySize = fn.memoryMB;
  if (fn.timeoutSeconds !== undefined) p.Timeout = fn.timeoutSeconds;
  if (fn.ephemeralStorageMB !== undefined) p.EphemeralStorage = { Size: fn.ephemeralStorageMB };
  if (fn.architecture) p.Architectures = [fn.architecture];
  if (fn.loggingConfig) {
    const c = fn.loggingConfig;
    p.LoggingConfig = {
      LogFormat: c.logFormat ?? 'Text',
      ...(c.applicationLogLevel ? { ApplicationLogLevel: c.applicationLogLevel } : {}),
      ...(c.systemLogLevel ? { SystemLogLevel: c.systemLogLevel } : {}),
    };
  }
  if (fn.environment && Object.keys(fn.environment).length) p.Environment = { Variables: fn.environment };
  if (fn.reservedConcurrency !== undefined && fn.reservedConcurrency !== null)
    p.ReservedConcurrentExecutions = fn.reservedConcurrency;
  if (fn.provisionedConcurrency) {
    // Provisioned concurrency lives on a version or alias: SAM publishes one with AutoPublishAlias.
    p.AutoPublishAlias = 'live';
    p.ProvisionedConcurrencyConfig = { ProvisionedConcurrentExecutions: fn.provisionedConcurrency };
  }
  if (fn.layers?.length) p.Layers = fn.layers.map((id) => ref(ctx.logical(id)));
  if (fn.url) p.FunctionUrlConfig = { AuthType: fn.url.authType };
  // Terminate is Lambda's default; older SAM versions reject the property, so write it only when needed.
  if (fn.recursiveLoop === 'Allow') p.RecursiveLoop = fn.recursiveLoop;
  if (fn.vpc) p.VpcConfig = { SecurityGroupIds: ref('VpcSecurityGroupIds'), SubnetIds: ref('VpcSubnetIds') };
  if (fn.permissions) {
    p.Policies = fn.permissions.length
      ? [{ Statement: [{ Effect: 'Allow', Action: fn.permissions, Resource: '*' }] }]
      : [];
  }
  const dlq = single(ctx, fn, ctx.edgesFrom(fn.id, 'deadLetter'), 'dead-letter queue');
  if (dlq) {
    const target = ctx.nodes.get(dlq.to);
    p.DeadLetterQueue = { Type: target?.kind === 'snsTopic' ? 'SNS' : 'SQS', TargetArn: ctx.arn(dlq.to) };
  }
  const invokeConfig = eventInvokeConfig(ctx, fn);
  if (invokeConfig) p.EventInvokeConfig = invokeConfig;
  const events = functionEvents(ctx, fn);
  if (Object.keys(events).length) p.Events = events;

  const metadata: ResourceMetadata = { id: fn.id, name: fn.name };
  if (fn.position) metadata.position = fn.position;
  if (fn.coldStart) metadata.coldStart = fn.coldStart;
  return { Type: 'AWS::Serverless::Function', Metadata: { [METADATA_KEY]: metadata }, Properties: p };
}

function code(ctx: SamExportContext, fn: FunctionNode): Record<string, Json> {
  const names = Object.keys(fn.files);
  const handlerFile = (fn.handler ?? 'index.handler').split('.')[0];
  // CloudFormation writes InlineCode to index.js, a CommonJS file: only that case fits inline.
  if (
    names.length === 1 &&
    names[0] === 'index.js' &&
    handlerFile === 'index' &&
    fn.files['index.js'].length <= 4096
  ) {
    return { InlineCode: fn.files['index.js'] };
  }
  const dir = `src/${fn.id}/`;
  for (const name of names) ctx.files[dir + name] = fn.files[name];
  return { CodeUri: dir };
}

function single(
  ctx: SamExportContext,
  fn: FunctionNode,
  edges: ScenarioEdge[],
  what: string,
): ScenarioEdge | undefined {
  if (edges.length > 1) {
    ctx.warnings.push(
      `${fn.id}: a function has one ${what} on AWS; only ${edges[0].to} was exported (not ${edges
        .slice(1)
        .map((e) => e.to)
        .join(', ')})`,
    );
  }
  return edges[0];
}

function eventInvokeConfig(ctx: SamExportContext, fn: FunctionNode): Record<string, Json> | undefined {
  const out: Record<string, Json> = {};
  if (fn.async?.maximumRetryAttempts !== undefined) out.MaximumRetryAttempts = fn.async.maximumRetryAttempts;
  if (fn.async?.maximumEventAgeSeconds !== undefined)
    out.MaximumEventAgeInSeconds = fn.async.maximumEventAgeSeconds;
  const destinations: Record<string, Json> = {};
  for (const kind of ['onSuccess', 'onFailure'] as const) {
    const edge = single(ctx, fn, ctx.edgesFrom(fn.id, kind), `${kind} destination`);
    if (!edge) continue;
    const target = ctx.nodes.get(edge.to);
    const type = target ? DESTINATION_TYPES[target.kind] : undefined;
    if (!type) continue;
    destinations[kind === 'onSuccess' ? 'OnSuccess' : 'OnFailure'] = {
      Type: type,
      Destination:
        type === 'EventBridge'
          ? sub('arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default')
          : ctx.arn(edge.to),
    };
  }
  if (Object.keys(destinations).length) out.DestinationConfig = destinations;
  return Object.keys(out).length ? out : undefined;
}

/** Events: what invokes this function, from API Gateway, notifications and mappings. */
function functionEvents(ctx: SamExportContext, fn: FunctionNode): Record<string, Json> {
  const events: Record<string, Json> = {};
  const add = (base: string, event: Json) => {
    let key = base;
    for (let n = 2; key in events; n++) key = `${base}${n}`;
    events[key] = event;
  };
  for (const edge of ctx.edgesTo(fn.id)) {
    const source = ctx.nodes.get(edge.from);
    if (!source) continue;
    const logical = ctx.logical(source.id);
    const c = edge.config ?? {};
    if (edge.kind === 'invoke' && source.kind === 'apiGateway') {
      const shared = ctx.edgesFrom(source.id, 'invoke').length > 1;
      const path = shared ? `/${fn.id}/{proxy+}` : '/{proxy+}';
      const props: Record<string, Json> =
        source.payloadVersion === '2.0'
          ? { ApiId: ref(logical), Path: path, Method: 'ANY' }
          : { RestApiId: ref(logical), Path: path, Method: 'ANY' };
      if (source.timeoutSeconds !== undefined)
        props.TimeoutInMillis = Math.round(source.timeoutSeconds * 1000);
      add(logical, { Type: source.payloadVersion === '2.0' ? 'HttpApi' : 'Api', Properties: props });
    } else if (edge.kind === 'notify' && source.kind === 's3Bucket') {
      const list = Array.isArray(c.events) && c.events.length ? (c.events as Json[]) : ['s3:ObjectCreated:*'];
      add(logical, {
        Type: 'S3',
        Properties: { Bucket: ref(logical), Events: list.length === 1 ? list[0] : list },
      });
    } else if (edge.kind === 'notify' && source.kind === 'snsTopic') {
      add(logical, { Type: 'SNS', Properties: { Topic: ref(logical) } });
    } else if (
      edge.kind === 'notify' &&
      source.kind === 'eventBridgeRule' &&
      ruleIsFunctionEvents(ctx, source.id)
    ) {
      add(
        logical,
        source.schedule !== undefined
          ? { Type: 'Schedule', Properties: { Schedule: source.schedule } }
          : { Type: 'EventBridgeRule', Properties: { Pattern: source.eventPattern } },
      );
    } else if (edge.kind === 'eventSourceMapping') {
      add(logical, mappingEvent(ctx, source.id, source.kind, c));
    }
  }
  return events;
}

/** A rule whose only targets are functions is written as their Schedule / EventBridgeRule events. */
export function ruleIsFunctionEvents(ctx: SamExportContext, ruleId: string): boolean {
  const rule = ctx.nodes.get(ruleId);
  if (rule?.kind !== 'eventBridgeRule') return false;
  const targets = ctx.edgesFrom(ruleId, 'notify');
  const functionOnly = targets.every((e) => ctx.nodes.get(e.to)?.kind === 'function');
  // A schedule with an event pattern too cannot be one SAM event.
  return functionOnly && !(rule.schedule !== undefined && rule.eventPattern !== undefined);
}

const MAPPING_FIELDS: [string, string][] = [
  ['batchSize', 'BatchSize'],
  ['maximumBatchingWindowInSeconds', 'MaximumBatchingWindowInSeconds'],
  ['functionResponseTypes', 'FunctionResponseTypes'],
  ['startingPosition', 'StartingPosition'],
  ['maximumRetryAttempts', 'MaximumRetryAttempts'],
  ['maximumRecordAgeInSeconds', 'MaximumRecordAgeInSeconds'],
  ['bisectBatchOnFunctionError', 'BisectBatchOnFunctionError'],
  ['parallelizationFactor', 'ParallelizationFactor'],
  ['enabled', 'Enabled'],
];
export const MAPPING_CONFIG_KEYS = new Set([
  ...MAPPING_FIELDS.map(([k]) => k),
  'maximumConcurrency',
  'filterPatterns',
]);

function mappingEvent(
  ctx: SamExportContext,
  sourceId: string,
  kind: string,
  c: Record<string, unknown>,
): Json {
  const props: Record<string, Json> = {};
  const type = kind === 'sqsQueue' ? 'SQS' : kind === 'kinesisStream' ? 'Kinesis' : 'DynamoDB';
  if (type === 'SQS') props.Queue = getAtt(ctx.logical(sourceId), 'Arn');
  else if (type === 'Kinesis') props.Stream = getAtt(ctx.logical(sourceId), 'Arn');
  else props.Stream = getAtt(ctx.logical(sourceId), 'StreamArn');
  for (const [from, to] of MAPPING_FIELDS) if (c[from] !== undefined) props[to] = c[from];
  // Streams need a starting position on AWS; TRIM_HORIZON is what the simulator assumes.
  if (type !== 'SQS' && props.StartingPosition === undefined) props.StartingPosition = 'TRIM_HORIZON';
  if (c.maximumConcurrency !== undefined) props.ScalingConfig = { MaximumConcurrency: c.maximumConcurrency };
  if (Array.isArray(c.filterPatterns) && c.filterPatterns.length) {
    props.FilterCriteria = {
      Filters: c.filterPatterns.map((pattern) => ({
        Pattern: typeof pattern === 'string' ? pattern : JSON.stringify(pattern),
      })),
    };
  }
  if (type !== 'SQS') {
    const failure = ctx.edgesFrom(sourceId, 'onFailure')[0];
    if (failure) props.DestinationConfig = { OnFailure: { Destination: ctx.arn(failure.to) } };
  }
  for (const key of Object.keys(c)) {
    if (!MAPPING_CONFIG_KEYS.has(key))
      ctx.warnings.push(
        `${sourceId} -> mapping: setting "${key}" has no SAM equivalent and was not exported`,
      );
  }
  return { Type: type, Properties: props };
}
