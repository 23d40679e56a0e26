import type { ScenarioNode } from '../../engine/scenarioTypes';
import { isObj, type Obj, type SamImportContext } from './samImportContext';

// Resources other than functions: one node each (pass 1), then their own wiring (pass 2).

const KNOWN_PROPERTIES: Record<string, string[]> = {
  'AWS::Serverless::LayerVersion': [
    'LayerName',
    'ContentUri',
    'CompatibleRuntimes',
    'CompatibleArchitectures',
    'Description',
    'RetentionPolicy',
    'LicenseInfo',
  ],
  'AWS::Lambda::LayerVersion': [
    'LayerName',
    'Content',
    'CompatibleRuntimes',
    'CompatibleArchitectures',
    'Description',
    'LicenseInfo',
  ],
  'AWS::Serverless::Api': ['StageName', 'Name'],
  'AWS::Serverless::HttpApi': ['StageName', 'Name'],
  'AWS::S3::Bucket': ['BucketName', 'NotificationConfiguration'],
  'AWS::SNS::Topic': ['TopicName', 'Subscription'],
  'AWS::SQS::Queue': [
    'QueueName',
    'FifoQueue',
    'VisibilityTimeout',
    'MessageRetentionPeriod',
    'RedrivePolicy',
  ],
  'AWS::Kinesis::Stream': ['Name', 'ShardCount', 'RetentionPeriodHours', 'StreamModeDetails'],
  'AWS::DynamoDB::Table': [
    'TableName',
    'BillingMode',
    'AttributeDefinitions',
    'KeySchema',
    'StreamSpecification',
    'ProvisionedThroughput',
  ],
  'AWS::Serverless::SimpleTable': ['TableName', 'PrimaryKey', 'ProvisionedThroughput'],
  'AWS::SSM::Parameter': ['Name', 'Type', 'Value', 'Description'],
  'AWS::Events::Rule': ['Name', 'ScheduleExpression', 'EventPattern', 'Targets', 'State', 'Description'],
};

/** Resources whose meaning the playground's wiring already implies: accepted without a node. */
export const IMPLIED_TYPES = new Set([
  'AWS::Lambda::Permission',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::SNS::Subscription',
]);

export function isResourceNodeType(type: string): boolean {
  return type in KNOWN_PROPERTIES;
}

export function createResourceNode(ctx: SamImportContext, logical: string, resource: Obj): void {
  const type = String(resource.Type);
  const p = isObj(resource.Properties) ? resource.Properties : {};
  const path = `Resources.${logical}.Properties`;
  for (const key of Object.keys(p)) {
    if (!KNOWN_PROPERTIES[type].includes(key)) ctx.note(`${path}.${key}`, 'not simulated; dropped');
  }
  const meta = ctx.resourceMeta(logical);
  const id = ctx.claimNodeId(logical, meta.id);
  const physical = (key: string) => ctx.name(p[key], `${path}.${key}`);
  const name = (typeof meta.name === 'string' && meta.name) || physical(nameKey(type)) || logical;
  const base = { id, name, ...(isPosition(meta.position) ? { position: meta.position } : {}) };
  const num = (key: string): number | undefined => {
    const v = ctx.literal(p[key], `${path}.${key}`);
    if (v === undefined) return undefined;
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  };
  let node: ScenarioNode;
  switch (type) {
    case 'AWS::Serverless::LayerVersion':
    case 'AWS::Lambda::LayerVersion':
      node = { ...base, kind: 'layer', files: layerFiles(ctx, logical, p) };
      break;
    case 'AWS::Serverless::Api':
      node = { ...base, kind: 'apiGateway', payloadVersion: '1.0' };
      break;
    case 'AWS::Serverless::HttpApi':
      node = { ...base, kind: 'apiGateway', payloadVersion: '2.0' };
      break;
    case 'AWS::S3::Bucket':
      node = { ...base, kind: 's3Bucket' };
      break;
    case 'AWS::SNS::Topic':
      node = { ...base, kind: 'snsTopic' };
      break;
    case 'AWS::SQS::Queue': {
      const fifo = ctx.literal(p.FifoQueue, `${path}.FifoQueue`);
      node = {
        ...base,
        kind: 'sqsQueue',
        ...(fifo === true || fifo === 'true' ? { fifo: true } : {}),
        ...optional('visibilityTimeoutSeconds', num('VisibilityTimeout')),
        ...optional('messageRetentionSeconds', num('MessageRetentionPeriod')),
      };
      break;
    }
    case 'AWS::Kinesis::Stream':
      node = {
        ...base,
        kind: 'kinesisStream',
        ...optional('shards', num('ShardCount')),
        ...optional('retentionHours', num('RetentionPeriodHours')),
      };
      break;
    case 'AWS::DynamoDB::Table': {
      const keys = Array.isArray(p.KeySchema) ? p.KeySchema.filter(isObj) : [];
      const hash = keys.find((k) => k.KeyType === 'HASH')?.AttributeName;
      const range = keys.find((k) => k.KeyType === 'RANGE')?.AttributeName;
      const view = isObj(p.StreamSpecification) ? p.StreamSpecification.StreamViewType : undefined;
      const views = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'];
      node = {
        ...base,
        kind: 'dynamodbTable',
        ...(typeof hash === 'string' && hash ? { partitionKey: hash } : {}),
        ...(typeof range === 'string' && range ? { sortKey: range } : {}),
        ...(typeof view === 'string' && views.includes(view) ? { stream: view as 'NEW_IMAGE' } : {}),
      };
      break;
    }
    case 'AWS::Serverless::SimpleTable': {
      // SAM's simple table: a hash key only (default "id" of type String), no stream.
      const key = isObj(p.PrimaryKey) && typeof p.PrimaryKey.Name === 'string' ? p.PrimaryKey.Name : 'id';
      node = { ...base, kind: 'dynamodbTable', partitionKey: key };
      break;
    }
    case 'AWS::SSM::Parameter': {
      const value = ctx.literal(p.Value, `${path}.Value`);
      const paramName =
        typeof meta.name === 'string' && meta.name ? meta.name : (physical('Name') ?? logical);
      node = {
        ...base,
        name: paramName,
        kind: 'parameter',
        value: typeof value === 'string' ? value : String(value ?? ''),
        ...(meta.secure === true || p.Type === 'SecureString' ? { secure: true } : {}),
      };
      break;
    }
    case 'AWS::Events::Rule': {
      const schedule = ctx.literal(p.ScheduleExpression, `${path}.ScheduleExpression`);
      node = {
        ...base,
        kind: 'eventBridgeRule',
        ...(typeof schedule === 'string' ? { schedule } : {}),
        ...(p.EventPattern !== undefined ? { eventPattern: p.EventPattern } : {}),
      };
      break;
    }
    default:
      return;
  }
  ctx.addNode(node);
}

function nameKey(type: string): string {
  return (
    {
      'AWS::Serverless::LayerVersion': 'LayerName',
      'AWS::Lambda::LayerVersion': 'LayerName',
      'AWS::S3::Bucket': 'BucketName',
      'AWS::SNS::Topic': 'TopicName',
      'AWS::SQS::Queue': 'QueueName',
      'AWS::DynamoDB::Table': 'TableName',
      'AWS::Serverless::SimpleTable': 'TableName',
    }[type] ?? 'Name'
  );
}

function layerFiles(ctx: SamImportContext, logical: string, p: Obj): Record<string, string> {
  const uri = p.ContentUri;
  if (typeof uri === 'string') {
    const files = filesUnder(ctx.files, uri);
    if (Object.keys(files).length) return files;
    ctx.note(
      `Resources.${logical}.Properties.ContentUri`,
      `no files under "${uri}" were provided; the layer is empty`,
    );
  } else {
    ctx.note(
      `Resources.${logical}.Properties`,
      'layer content outside the template (S3) cannot be imported; the layer is empty',
    );
  }
  return { 'nodejs/node_modules/.keep': '' };
}

/** Files of the project under a CodeUri / ContentUri folder, relative to it. */
export function filesUnder(files: Record<string, string>, uri: string): Record<string, string> {
  const dir = uri.replace(/^\.\//, '').replace(/\/?$/, '/');
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const clean = path.replace(/^\.\//, '');
    if (clean.startsWith(dir) && clean.length > dir.length) out[clean.slice(dir.length)] = text;
  }
  return out;
}

/** Pass 2: wiring held by these resources (notifications, subscriptions, redrive, rule targets). */
export function wireResource(ctx: SamImportContext, logical: string, resource: Obj): void {
  const id = ctx.nodeIds.get(logical);
  const type = String(resource.Type);
  const p = isObj(resource.Properties) ? resource.Properties : {};
  const path = `Resources.${logical}.Properties`;
  if (type === 'AWS::SNS::Subscription') {
    const topic = ctx.targetNode(p.TopicArn);
    const target = ctx.targetNode(p.Endpoint);
    if (topic && target && (p.Protocol === 'sqs' || p.Protocol === 'lambda'))
      ctx.addEdge('notify', topic, target);
    else ctx.note(path, 'subscription to something outside the template (or not sqs/lambda); dropped');
    return;
  }
  if (!id) return;
  if (type === 'AWS::S3::Bucket' && isObj(p.NotificationConfiguration)) {
    const nc = p.NotificationConfiguration;
    const byTarget = new Map<string, string[]>();
    const collect = (list: unknown, key: string, listName: string) => {
      if (list === undefined) return;
      if (!Array.isArray(list))
        return ctx.note(`${path}.NotificationConfiguration.${listName}`, 'must be a list');
      list.forEach((entry, i) => {
        const target = isObj(entry) ? ctx.targetNode(entry[key]) : undefined;
        if (!target || !isObj(entry))
          return ctx.note(
            `${path}.NotificationConfiguration.${listName}[${i}]`,
            'target outside the template; dropped',
          );
        byTarget.set(target, [...(byTarget.get(target) ?? []), String(entry.Event)]);
        if (entry.Filter !== undefined)
          ctx.note(
            `${path}.NotificationConfiguration.${listName}[${i}].Filter`,
            'key filters are not simulated',
          );
      });
    };
    collect(nc.QueueConfigurations, 'Queue', 'QueueConfigurations');
    collect(nc.TopicConfigurations, 'Topic', 'TopicConfigurations');
    collect(nc.LambdaConfigurations, 'Function', 'LambdaConfigurations');
    for (const [target, events] of byTarget) ctx.addEdge('notify', id, target, { events });
    for (const key of Object.keys(nc)) {
      if (!['QueueConfigurations', 'TopicConfigurations', 'LambdaConfigurations'].includes(key))
        ctx.note(`${path}.NotificationConfiguration.${key}`, 'not simulated');
    }
  }
  if (type === 'AWS::SNS::Topic' && Array.isArray(p.Subscription)) {
    p.Subscription.forEach((s, i) => {
      const target = isObj(s) ? ctx.targetNode(s.Endpoint) : undefined;
      if (target && isObj(s) && (s.Protocol === 'sqs' || s.Protocol === 'lambda'))
        ctx.addEdge('notify', id, target);
      else
        ctx.note(
          `${path}.Subscription[${i}]`,
          'subscription to something outside the template (or not sqs/lambda); dropped',
        );
    });
  }
  if (type === 'AWS::SQS::Queue' && p.RedrivePolicy !== undefined) {
    const rp = typeof p.RedrivePolicy === 'string' ? safeJson(p.RedrivePolicy) : p.RedrivePolicy;
    const target = isObj(rp) ? ctx.targetNode(rp.deadLetterTargetArn) : undefined;
    if (target && isObj(rp)) {
      const count = Number(ctx.literal(rp.maxReceiveCount, `${path}.RedrivePolicy.maxReceiveCount`));
      ctx.addEdge('redrive', id, target, Number.isFinite(count) ? { maxReceiveCount: count } : undefined);
    } else ctx.note(`${path}.RedrivePolicy`, 'dead-letter queue outside the template; dropped');
  }
  if (type === 'AWS::Events::Rule') {
    const targets = Array.isArray(p.Targets) ? p.Targets : [];
    targets.forEach((t, i) => {
      const target = isObj(t) ? ctx.targetNode(t.Arn) : undefined;
      const kind = target ? ctx.node(target)?.kind : undefined;
      if (target && (kind === 'function' || kind === 'sqsQueue' || kind === 'snsTopic'))
        ctx.addEdge('notify', id, target);
      else
        ctx.note(
          `${path}.Targets[${i}]`,
          'target outside the template or of a kind the playground does not simulate; dropped',
        );
      if (isObj(t))
        for (const key of Object.keys(t))
          if (key !== 'Id' && key !== 'Arn') ctx.note(`${path}.Targets[${i}].${key}`, 'not simulated');
    });
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isPosition(value: unknown): value is { x: number; y: number } {
  return isObj(value) && typeof value.x === 'number' && typeof value.y === 'number';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export { isPosition, optional };
