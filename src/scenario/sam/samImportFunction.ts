import type { EdgeKind, FunctionNode } from '../../engine/scenarioTypes';
import { isObj, type Obj, type SamImportContext } from './samImportContext';
import { filesUnder, isPosition } from './samImportResources';
import { MANAGED_POLICIES, POLICY_TEMPLATES } from './samPolicies';
import { APPLICATION_LOG_LEVELS, SYSTEM_LOG_LEVELS, type ApplicationLogLevel, type SystemLogLevel } from '../../engine/logLevels';

const UNDERSTOOD = new Set([
  'FunctionName',
  'Runtime',
  'Handler',
  'InlineCode',
  'Code',
  'DeadLetterConfig',
  'CodeUri',
  'MemorySize',
  'Timeout',
  'EphemeralStorage',
  'Architectures',
  'LoggingConfig',
  'Environment',
  'ReservedConcurrentExecutions',
  'ProvisionedConcurrencyConfig',
  'AutoPublishAlias',
  'Layers',
  'FunctionUrlConfig',
  'RecursiveLoop',
  'VpcConfig',
  'Policies',
  'DeadLetterQueue',
  'EventInvokeConfig',
  'Events',
]);

/** SAM's Globals.Function: defaults for every function; a function's own values win, maps merge. */
export function withGlobals(props: Obj, globals: Obj): Obj {
  const out: Obj = { ...globals, ...props };
  if (isObj(globals.Environment) && isObj(props.Environment)) {
    const gv = isObj(globals.Environment.Variables) ? globals.Environment.Variables : {};
    const pv = isObj(props.Environment.Variables) ? props.Environment.Variables : {};
    out.Environment = { ...globals.Environment, ...props.Environment, Variables: { ...gv, ...pv } };
  }
  return out;
}

/** Pass 1: the function node and its own settings. */
export function createFunctionNode(ctx: SamImportContext, logical: string, p: Obj): void {
  const path = `Resources.${logical}.Properties`;
  const meta = ctx.resourceMeta(logical);
  const id = ctx.claimNodeId(logical, meta.id);
  const name =
    (typeof meta.name === 'string' && meta.name) ||
    ctx.name(p.FunctionName, `${path}.FunctionName`) ||
    logical;
  for (const key of Object.keys(p))
    if (!UNDERSTOOD.has(key)) ctx.note(`${path}.${key}`, 'not simulated; dropped');
  const lit = (key: string) => (p[key] === undefined ? undefined : ctx.literal(p[key], `${path}.${key}`));
  const handler = typeof lit('Handler') === 'string' ? (lit('Handler') as string) : 'index.handler';
  const fn: FunctionNode = { id, kind: 'function', name, files: {} };
  if (isPosition(meta.position)) fn.position = meta.position;
  const runtime = lit('Runtime');
  if (typeof runtime === 'string') fn.runtime = runtime;
  if (runtime !== undefined && typeof runtime === 'string' && !runtime.startsWith('nodejs')) {
    ctx.note(`${path}.Runtime`, `${runtime} is not simulated: the playground runs Node.js handlers`);
  }
  fn.handler = handler;
  fn.files = functionCode(ctx, logical, p, handler);
  const num = (key: string) => {
    const v = lit(key);
    return typeof v === 'number'
      ? v
      : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))
        ? Number(v)
        : undefined;
  };
  const memory = num('MemorySize');
  if (memory !== undefined) fn.memoryMB = memory;
  const timeout = num('Timeout');
  if (timeout !== undefined) fn.timeoutSeconds = timeout;
  if (isObj(p.EphemeralStorage)) {
    const size = Number(ctx.literal(p.EphemeralStorage.Size, `${path}.EphemeralStorage.Size`));
    if (Number.isFinite(size)) fn.ephemeralStorageMB = size;
  }
  if (Array.isArray(p.Architectures) && (p.Architectures[0] === 'x86_64' || p.Architectures[0] === 'arm64'))
    fn.architecture = p.Architectures[0];
  if (isObj(p.LoggingConfig)) importLoggingConfig(ctx, fn, p.LoggingConfig, `${path}.LoggingConfig`);
  if (isObj(p.Environment) && isObj(p.Environment.Variables)) {
    const vars: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.Environment.Variables)) {
      const value = ctx.literal(v, `${path}.Environment.Variables.${k}`);
      if (value !== undefined) vars[k] = String(value);
    }
    fn.environment = vars;
  }
  const reserved = num('ReservedConcurrentExecutions');
  if (reserved !== undefined) fn.reservedConcurrency = reserved;
  if (isObj(p.ProvisionedConcurrencyConfig)) {
    const pc = Number(
      ctx.literal(
        p.ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions,
        `${path}.ProvisionedConcurrencyConfig`,
      ),
    );
    if (Number.isFinite(pc)) fn.provisionedConcurrency = pc;
  }
  if (isObj(p.FunctionUrlConfig)) {
    const auth = p.FunctionUrlConfig.AuthType;
    if (auth === 'NONE' || auth === 'AWS_IAM') fn.url = { authType: auth };
    for (const key of Object.keys(p.FunctionUrlConfig))
      if (key !== 'AuthType') ctx.note(`${path}.FunctionUrlConfig.${key}`, 'not simulated');
  }
  if (p.RecursiveLoop === 'Terminate' || p.RecursiveLoop === 'Allow') fn.recursiveLoop = p.RecursiveLoop;
  if (p.VpcConfig !== undefined) fn.vpc = true;
  if (isObj(meta.coldStart)) fn.coldStart = meta.coldStart;
  if (p.Policies !== undefined) fn.permissions = permissions(ctx, p.Policies, `${path}.Policies`);
  if (isObj(p.EventInvokeConfig)) {
    const c = p.EventInvokeConfig;
    const retries = ctx.literal(c.MaximumRetryAttempts, `${path}.EventInvokeConfig.MaximumRetryAttempts`);
    const age = ctx.literal(c.MaximumEventAgeInSeconds, `${path}.EventInvokeConfig.MaximumEventAgeInSeconds`);
    const asyncConfig: NonNullable<FunctionNode['async']> = {};
    if (retries === 0 || retries === 1 || retries === 2) asyncConfig.maximumRetryAttempts = retries;
    if (typeof age === 'number') asyncConfig.maximumEventAgeSeconds = age;
    if (Object.keys(asyncConfig).length) fn.async = asyncConfig;
  }
  ctx.addNode(fn);
}

function functionCode(
  ctx: SamImportContext,
  logical: string,
  p: Obj,
  handler: string,
): Record<string, string> {
  const path = `Resources.${logical}.Properties`;
  if (typeof p.InlineCode === 'string') return { 'index.js': p.InlineCode };
  // Plain CloudFormation (AWS::Lambda::Function): Code.ZipFile is the same inline index.js.
  if (isObj(p.Code) && typeof p.Code.ZipFile === 'string') return { 'index.js': p.Code.ZipFile };
  if (isObj(p.Code)) {
    ctx.note(
      `${path}.Code`,
      'code outside the template (S3, image) cannot be imported; a placeholder handler stands in',
    );
    return placeholder(handler);
  }
  if (typeof p.CodeUri === 'string') {
    const files = filesUnder(ctx.files, p.CodeUri);
    if (Object.keys(files).length) return files;
    ctx.note(
      `${path}.CodeUri`,
      `no files under "${p.CodeUri}" were provided; a placeholder handler stands in`,
    );
  } else {
    ctx.note(
      `${path}.CodeUri`,
      'code outside the template (S3, image) cannot be imported; a placeholder handler stands in',
    );
  }
  return placeholder(handler);
}

function placeholder(handler: string): Record<string, string> {
  const [file, ...exportPath] = handler.split('.');
  const exportName = exportPath.join('.') || 'handler';
  return {
    [`${file}.mjs`]: `// The code of this function was not part of the import.\nexport const ${/^[A-Za-z_$][\w$]*$/.test(exportName) ? exportName : 'handler'} = async () => {\n  throw new Error('code not imported');\n};\n`,
  };
}

function permissions(ctx: SamImportContext, policies: unknown, path: string): string[] {
  const list = Array.isArray(policies) ? policies : [policies];
  const actions: string[] = [];
  list.forEach((policy, i) => {
    const at = `${path}[${i}]`;
    if (typeof policy === 'string') {
      const name = policy.split('/').pop() ?? policy;
      const known = MANAGED_POLICIES[name];
      if (known) actions.push(...known);
      else ctx.note(at, `managed policy ${name} is not known to the playground; its actions were not added`);
      return;
    }
    if (!isObj(policy)) return ctx.note(at, 'not a policy');
    if (Array.isArray(policy.Statement) || isObj(policy.Statement)) {
      const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
      statements.forEach((s, j) => {
        if (!isObj(s) || s.Effect !== 'Allow')
          return ctx.note(`${at}.Statement[${j}]`, 'only Allow statements are simulated');
        const a = s.Action;
        for (const action of Array.isArray(a) ? a : [a]) if (typeof action === 'string') actions.push(action);
      });
      return;
    }
    for (const template of Object.keys(policy)) {
      const known = POLICY_TEMPLATES[template];
      if (known) actions.push(...known);
      else
        ctx.note(
          `${at}.${template}`,
          'policy template not known to the playground; its actions were not added',
        );
    }
  });
  return [...new Set(actions)];
}

/** Pass 2: layers, destinations, DLQ and Events, now that every resource has a node id. */
export function wireFunction(ctx: SamImportContext, logical: string, p: Obj): void {
  const path = `Resources.${logical}.Properties`;
  const id = ctx.nodeIds.get(logical);
  const fn = id ? ctx.node(id) : undefined;
  if (!id || fn?.kind !== 'function') return;
  if (Array.isArray(p.Layers)) {
    const layers: string[] = [];
    p.Layers.forEach((l, i) => {
      const layer = ctx.targetNode(l);
      if (layer && ctx.node(layer)?.kind === 'layer') layers.push(layer);
      else ctx.note(`${path}.Layers[${i}]`, 'layer outside the template (e.g. a published ARN); dropped');
    });
    if (layers.length) fn.layers = layers;
  }
  const dlqConfig = isObj(p.DeadLetterQueue)
    ? p.DeadLetterQueue
    : isObj(p.DeadLetterConfig)
      ? p.DeadLetterConfig
      : undefined;
  if (dlqConfig) {
    const target = ctx.targetNode(dlqConfig.TargetArn);
    if (target) ctx.addEdge('deadLetter', id, target);
    else ctx.note(`${path}.DeadLetterQueue`, 'target outside the template; dropped');
  }
  const dc =
    isObj(p.EventInvokeConfig) && isObj(p.EventInvokeConfig.DestinationConfig)
      ? p.EventInvokeConfig.DestinationConfig
      : undefined;
  for (const [key, kind] of [
    ['OnSuccess', 'onSuccess'],
    ['OnFailure', 'onFailure'],
  ] as const) {
    const d = dc?.[key];
    if (!isObj(d)) continue;
    const target =
      d.Type === 'EventBridge' ? eventBridgeDestination(ctx, id, kind) : ctx.targetNode(d.Destination);
    if (target) ctx.addEdge(kind, id, target);
    else
      ctx.note(
        `${path}.EventInvokeConfig.DestinationConfig.${key}`,
        'destination outside the template; dropped',
      );
  }
  if (isObj(p.Events))
    for (const [name, event] of Object.entries(p.Events))
      wireEvent(ctx, id, name, event, `${path}.Events.${name}`);
}

// An EventBridge destination is the event bus, not a rule: the exported metadata names the rule.
function eventBridgeDestination(ctx: SamImportContext, fnId: string, kind: EdgeKind): string | undefined {
  const prefix = `${kind}|${fnId}|`;
  const key = Object.keys(ctx.meta.edgeIds ?? {}).find(
    (k) => k.startsWith(prefix) && ctx.node(k.slice(prefix.length))?.kind === 'eventBridgeRule',
  );
  return key?.slice(prefix.length);
}

const MAPPING_FIELDS: [string, string][] = [
  ['BatchSize', 'batchSize'],
  ['MaximumBatchingWindowInSeconds', 'maximumBatchingWindowInSeconds'],
  ['FunctionResponseTypes', 'functionResponseTypes'],
  ['StartingPosition', 'startingPosition'],
  ['MaximumRetryAttempts', 'maximumRetryAttempts'],
  ['MaximumRecordAgeInSeconds', 'maximumRecordAgeInSeconds'],
  ['BisectBatchOnFunctionError', 'bisectBatchOnFunctionError'],
  ['ParallelizationFactor', 'parallelizationFactor'],
  ['Enabled', 'enabled'],
];
const SOURCE_KEYS: Record<string, string> = { SQS: 'Queue', Kinesis: 'Stream', DynamoDB: 'Stream' };

function wireEvent(ctx: SamImportContext, fnId: string, name: string, event: unknown, path: string): void {
  if (!isObj(event)) return ctx.note(path, 'not an event');
  const type = String(event.Type);
  const p = isObj(event.Properties) ? event.Properties : {};
  const extra = (known: string[]) => {
    for (const key of Object.keys(p))
      if (!known.includes(key)) ctx.note(`${path}.Properties.${key}`, 'not simulated; dropped');
  };
  switch (type) {
    case 'Api':
    case 'HttpApi': {
      const apiKey = type === 'Api' ? 'RestApiId' : 'ApiId';
      let api = p[apiKey] === undefined ? implicitApi(ctx, type) : ctx.targetNode(p[apiKey]);
      if (!api) {
        ctx.note(`${path}.Properties.${apiKey}`, 'API outside the template; an implicit API stands in');
        api = implicitApi(ctx, type);
      }
      const node = ctx.node(api);
      const ms = Number(ctx.literal(p.TimeoutInMillis, `${path}.Properties.TimeoutInMillis`));
      if (node?.kind === 'apiGateway' && Number.isFinite(ms)) node.timeoutSeconds = ms / 1000;
      extra([apiKey, 'Path', 'Method', 'TimeoutInMillis', 'PayloadFormatVersion']);
      return ctx.addEdge('invoke', api, fnId);
    }
    case 'S3': {
      const bucket = ctx.targetNode(p.Bucket);
      if (!bucket) return ctx.note(`${path}.Properties.Bucket`, 'bucket outside the template; dropped');
      const events = Array.isArray(p.Events)
        ? p.Events.map(String)
        : [String(p.Events ?? 's3:ObjectCreated:*')];
      extra(['Bucket', 'Events', 'Filter']);
      if (p.Filter !== undefined) ctx.note(`${path}.Properties.Filter`, 'key filters are not simulated');
      return ctx.addEdge('notify', bucket, fnId, { events });
    }
    case 'SNS': {
      const topic = ctx.targetNode(p.Topic);
      if (!topic) return ctx.note(`${path}.Properties.Topic`, 'topic outside the template; dropped');
      extra(['Topic']);
      return ctx.addEdge('notify', topic, fnId);
    }
    case 'SQS':
    case 'Kinesis':
    case 'DynamoDB': {
      const sourceKey = SOURCE_KEYS[type];
      const source = ctx.targetNode(p[sourceKey]);
      if (!source) return ctx.note(`${path}.Properties.${sourceKey}`, 'source outside the template; dropped');
      const { config, failure } = mappingConfig(ctx, p, `${path}.Properties`);
      if (failure !== undefined) {
        const target = ctx.targetNode(failure);
        if (target && type !== 'SQS') ctx.addEdge('onFailure', source, target);
        else
          ctx.note(
            `${path}.Properties.DestinationConfig`,
            'on-failure destination outside the template; dropped',
          );
      }
      extra([
        sourceKey,
        'ScalingConfig',
        'FilterCriteria',
        'DestinationConfig',
        ...MAPPING_FIELDS.map(([k]) => k),
      ]);
      return ctx.addEdge('eventSourceMapping', source, fnId, config);
    }
    case 'Schedule':
    case 'ScheduleV2':
    case 'EventBridgeRule':
    case 'CloudWatchEvent': {
      const scheduleKey = type === 'ScheduleV2' ? 'ScheduleExpression' : 'Schedule';
      const schedule = type.startsWith('Schedule')
        ? ctx.literal(p[scheduleKey], `${path}.Properties.${scheduleKey}`)
        : undefined;
      const pattern = type.startsWith('Schedule') ? undefined : p.Pattern;
      const rule = ruleNode(ctx, name, schedule, pattern);
      extra(
        type.startsWith('Schedule') ? [scheduleKey, 'Name', 'Enabled', 'State'] : ['Pattern', 'RuleName'],
      );
      return ctx.addEdge('notify', rule, fnId);
    }
    default:
      ctx.note(path, `event type ${type} is not simulated; dropped`);
  }
}

/** A mapping's settings, as SAM events and AWS::Lambda::EventSourceMapping both spell them. */
export function mappingConfig(
  ctx: SamImportContext,
  p: Obj,
  path: string,
): { config: Obj; failure: unknown } {
  const config: Obj = {};
  for (const [from, to] of MAPPING_FIELDS) {
    if (p[from] !== undefined) config[to] = ctx.literal(p[from], `${path}.${from}`);
  }
  if (isObj(p.ScalingConfig) && p.ScalingConfig.MaximumConcurrency !== undefined)
    config.maximumConcurrency = p.ScalingConfig.MaximumConcurrency;
  if (isObj(p.FilterCriteria) && Array.isArray(p.FilterCriteria.Filters)) {
    config.filterPatterns = p.FilterCriteria.Filters.map((f) =>
      isObj(f) && typeof f.Pattern === 'string' ? parseJson(f.Pattern) : isObj(f) ? f.Pattern : f,
    );
  }
  const failure =
    isObj(p.DestinationConfig) && isObj(p.DestinationConfig.OnFailure)
      ? p.DestinationConfig.OnFailure.Destination
      : undefined;
  return { config, failure };
}

export const MAPPING_PROPERTY_NAMES = [
  'ScalingConfig',
  'FilterCriteria',
  'DestinationConfig',
  ...MAPPING_FIELDS.map(([k]) => k),
];

function implicitApi(ctx: SamImportContext, type: 'Api' | 'HttpApi'): string {
  const logical = type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi';
  const existing = ctx.nodeIds.get(logical);
  if (existing) return existing;
  const id = ctx.claimNodeId(logical);
  ctx.addNode({ id, kind: 'apiGateway', name: logical, payloadVersion: type === 'Api' ? '1.0' : '2.0' });
  return id;
}

// Rules written as function events have no resource: the exported metadata names their node;
// otherwise one node per event name and schedule/pattern, shared by the functions that use it.
function ruleNode(ctx: SamImportContext, eventName: string, schedule: unknown, pattern: unknown): string {
  const known = ctx.meta.rules?.[eventName];
  if (typeof known === 'string' && ctx.node(known)?.kind === 'eventBridgeRule') return known;
  const same = ctx.nodes.find(
    (n) =>
      n.kind === 'eventBridgeRule' &&
      n.name === eventName &&
      n.schedule === schedule &&
      JSON.stringify(n.eventPattern) === JSON.stringify(pattern),
  );
  if (same) return same.id;
  const id = ctx.claimNodeId(`rule:${eventName}`, eventName);
  ctx.addNode({
    id,
    kind: 'eventBridgeRule',
    name: eventName,
    ...(typeof schedule === 'string' ? { schedule } : {}),
    ...(pattern !== undefined ? { eventPattern: pattern } : {}),
  });
  return id;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** LoggingConfig: format and levels; the log group is not simulated (always /aws/lambda/<name>). */
function importLoggingConfig(ctx: SamImportContext, fn: FunctionNode, c: Obj, path: string): void {
  const cfg: NonNullable<FunctionNode['loggingConfig']> = {};
  const format = ctx.literal(c.LogFormat, `${path}.LogFormat`);
  if (format === 'JSON' || format === 'Text') cfg.logFormat = format;
  const app = ctx.literal(c.ApplicationLogLevel, `${path}.ApplicationLogLevel`);
  if (typeof app === 'string' && (APPLICATION_LOG_LEVELS as readonly string[]).includes(app)) cfg.applicationLogLevel = app as ApplicationLogLevel;
  const sys = ctx.literal(c.SystemLogLevel, `${path}.SystemLogLevel`);
  if (typeof sys === 'string' && (SYSTEM_LOG_LEVELS as readonly string[]).includes(sys)) cfg.systemLogLevel = sys as SystemLogLevel;
  for (const key of Object.keys(c))
    if (!['LogFormat', 'ApplicationLogLevel', 'SystemLogLevel'].includes(key)) ctx.note(`${path}.${key}`, 'not simulated; logs go to /aws/lambda/<name>');
  if (Object.keys(cfg).length) fn.loggingConfig = cfg;
}
