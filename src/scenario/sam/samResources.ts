import type { ScenarioNode } from '../../engine/scenarioTypes';
import { getAtt, ref } from './intrinsics';
import { METADATA_KEY, type ResourceMetadata } from './samMetadata';
import type { Json, SamExportContext } from './samExportContext';
import { ruleIsFunctionEvents } from './samFunction';
import { validPhysicalName } from './physicalNames';

/** The resource(s) of every node that is not a function or a client, keyed by logical ID. */
export function samResources(
  ctx: SamExportContext,
  node: ScenarioNode,
): Record<string, Record<string, Json>> {
  const logical = ctx.logical(node.id);
  const meta: ResourceMetadata = { id: node.id, name: node.name };
  if (node.position) meta.position = node.position;
  const named = (key: string, value = node.name): Record<string, Json> =>
    validPhysicalName(node.kind, value) ? { [key]: value } : {};
  const resource = (
    Type: string,
    Properties: Record<string, Json>,
    extra: Partial<ResourceMetadata> = {},
  ): Record<string, Record<string, Json>> => ({
    [logical]: { Type, Metadata: { [METADATA_KEY]: { ...meta, ...extra } }, Properties },
  });
  switch (node.kind) {
    case 'layer': {
      const dir = `layers/${node.id}/`;
      for (const [name, text] of Object.entries(node.files)) ctx.files[dir + name] = text;
      return resource('AWS::Serverless::LayerVersion', {
        ...named('LayerName'),
        ContentUri: dir,
        CompatibleRuntimes: ['nodejs22.x', 'nodejs20.x'],
      });
    }
    case 'apiGateway':
      return node.payloadVersion === '2.0'
        ? resource('AWS::Serverless::HttpApi', {})
        : resource('AWS::Serverless::Api', { StageName: 'prod' });
    case 's3Bucket': {
      const props: Record<string, Json> = {};
      Object.assign(props, named('BucketName'));
      const queues: Json[] = [];
      const topics: Json[] = [];
      for (const edge of ctx.edgesFrom(node.id, 'notify')) {
        const target = ctx.nodes.get(edge.to);
        const events =
          Array.isArray(edge.config?.events) && edge.config.events.length
            ? (edge.config.events as string[])
            : ['s3:ObjectCreated:*'];
        for (const Event of events) {
          if (target?.kind === 'sqsQueue')
            queues.push({ Event, Queue: getAtt(ctx.logical(target.id), 'Arn') });
          if (target?.kind === 'snsTopic') topics.push({ Event, Topic: ref(ctx.logical(target.id)) });
        }
      }
      if (queues.length || topics.length) {
        props.NotificationConfiguration = {
          ...(queues.length ? { QueueConfigurations: queues } : {}),
          ...(topics.length ? { TopicConfigurations: topics } : {}),
        };
      }
      return resource('AWS::S3::Bucket', props);
    }
    case 'snsTopic': {
      const out = resource('AWS::SNS::Topic', named('TopicName'));
      for (const edge of ctx.edgesFrom(node.id, 'notify')) {
        if (ctx.nodes.get(edge.to)?.kind !== 'sqsQueue') continue;
        out[`${logical}To${ctx.logical(edge.to)}`] = {
          Type: 'AWS::SNS::Subscription',
          Properties: {
            Protocol: 'sqs',
            TopicArn: ref(logical),
            Endpoint: getAtt(ctx.logical(edge.to), 'Arn'),
          },
        };
      }
      return out;
    }
    case 'sqsQueue': {
      const props: Record<string, Json> = named(
        'QueueName',
        node.fifo && !node.name.endsWith('.fifo') ? `${node.name}.fifo` : node.name,
      );
      if (node.fifo) props.FifoQueue = true;
      if (node.visibilityTimeoutSeconds !== undefined)
        props.VisibilityTimeout = node.visibilityTimeoutSeconds;
      if (node.messageRetentionSeconds !== undefined)
        props.MessageRetentionPeriod = node.messageRetentionSeconds;
      const redrive = ctx.edgesFrom(node.id, 'redrive')[0];
      if (redrive) {
        props.RedrivePolicy = {
          deadLetterTargetArn: getAtt(ctx.logical(redrive.to), 'Arn'),
          maxReceiveCount: redrive.config?.maxReceiveCount ?? 5,
        };
      }
      return resource('AWS::SQS::Queue', props);
    }
    case 'kinesisStream': {
      const props: Record<string, Json> = { ...named('Name'), ShardCount: node.shards ?? 1 };
      if (node.retentionHours !== undefined) props.RetentionPeriodHours = node.retentionHours;
      return resource('AWS::Kinesis::Stream', props);
    }
    case 'dynamodbTable': {
      const pk = node.partitionKey ?? 'pk';
      const attributes = [{ AttributeName: pk, AttributeType: 'S' }];
      const keys = [{ AttributeName: pk, KeyType: 'HASH' }];
      if (node.sortKey) {
        attributes.push({ AttributeName: node.sortKey, AttributeType: 'S' });
        keys.push({ AttributeName: node.sortKey, KeyType: 'RANGE' });
      }
      const props: Record<string, Json> = {
        ...named('TableName'),
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes,
        KeySchema: keys,
      };
      if (node.stream) props.StreamSpecification = { StreamViewType: node.stream };
      return resource('AWS::DynamoDB::Table', props);
    }
    case 'parameter':
      // CloudFormation cannot create SecureString parameters: a secure one is written as String
      // and flagged, to be created with `aws ssm put-parameter --type SecureString` instead.
      if (node.secure)
        ctx.warnings.push(
          `${node.id}: CloudFormation cannot create a SecureString parameter; create ${node.name} with the CLI`,
        );
      return resource(
        'AWS::SSM::Parameter',
        { Name: node.name.startsWith('/') ? node.name : `/${node.name}`, Type: 'String', Value: node.value },
        node.secure ? { secure: true } : {},
      );
    case 'eventBridgeRule': {
      if (ruleIsFunctionEvents(ctx, node.id)) return {};
      const props: Record<string, Json> = { ...named('Name'), State: 'ENABLED' };
      if (node.schedule !== undefined) props.ScheduleExpression = node.schedule;
      if (node.eventPattern !== undefined) props.EventPattern = node.eventPattern;
      const targets = ctx.edgesFrom(node.id, 'notify');
      props.Targets = targets.map((edge) => ({ Id: ctx.logical(edge.to), Arn: ctx.arn(edge.to) }));
      const out = resource('AWS::Events::Rule', props);
      for (const edge of targets) {
        if (ctx.nodes.get(edge.to)?.kind !== 'function') continue;
        out[`${logical}Invoke${ctx.logical(edge.to)}`] = {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: ref(ctx.logical(edge.to)),
            Principal: 'events.amazonaws.com',
            SourceArn: getAtt(logical, 'Arn'),
          },
        };
      }
      return out;
    }
    default:
      return {};
  }
}
