import { describe, expect, it } from 'vitest';
import type { Scenario, ScenarioEdge } from '../../engine/scenarioTypes';
import { parseScenario } from '../parseScenario';
import { lessons } from '../gallery/lessons';
import { scenarioToSam, scenarioToSamProject } from './scenarioToSam';
import { samToScenario } from './samToScenario';
import { kitchenSink } from './samKitchenSink.testdata';

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const comparable = (s: Scenario) => ({ ...s, nodes: byId(s.nodes), edges: byId(s.edges) });

// Settings SAM requires (or that name a resource type) come back written out: fill them in first.
function withSamDefaults(s: Scenario): Scenario {
  const kinds = new Map(s.nodes.map((n) => [n.id, n.kind]));
  return {
    ...s,
    nodes: s.nodes.map((n) => {
      if (n.kind === 'function') {
        const { recursiveLoop, ...rest } = n;
        return {
          ...rest,
          ...(recursiveLoop === 'Allow' ? { recursiveLoop } : {}),
          runtime: n.runtime ?? 'nodejs22.x',
          handler: n.handler ?? 'index.handler',
        };
      }
      if (n.kind === 'apiGateway') return { ...n, payloadVersion: n.payloadVersion ?? '1.0' };
      if (n.kind === 'kinesisStream') return { ...n, shards: n.shards ?? 1 };
      return n;
    }),
    edges: s.edges.map((e): ScenarioEdge => {
      const from = kinds.get(e.from);
      if (e.kind === 'eventSourceMapping' && (from === 'kinesisStream' || from === 'dynamodbTable')) {
        return { ...e, config: { startingPosition: 'TRIM_HORIZON', ...e.config } };
      }
      if (e.kind === 'notify' && from === 's3Bucket')
        return { ...e, config: { events: ['s3:ObjectCreated:*'], ...e.config } };
      if (e.kind === 'redrive') return { ...e, config: { maxReceiveCount: 5, ...e.config } };
      return e;
    }),
  };
}

describe('SAM export and import', () => {
  it('the kitchen sink is a valid scenario', () => {
    const parsed = parseScenario(kitchenSink);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('round-trips every supported field', () => {
    const project = scenarioToSamProject(kitchenSink);
    const back = samToScenario(project.files['template.yaml'], project.files);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.notUnderstood).toEqual([]);
    expect(comparable(back.scenario)).toEqual(comparable(kitchenSink));
  });

  it.each(lessons.map((l) => [l.id, l] as const))('round-trips lesson %s', (_id, lesson) => {
    const project = scenarioToSamProject(lesson.scenario);
    const back = samToScenario(project.files['template.yaml'], project.files);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.notUnderstood).toEqual([]);
    expect(comparable(back.scenario)).toEqual(comparable(withSamDefaults(lesson.scenario)));
  });

  it('writes the SAM a deploy needs', () => {
    const yaml = scenarioToSam(kitchenSink);
    for (const text of [
      'Transform: AWS::Serverless-2016-10-31',
      'Type: AWS::Serverless::Function',
      'CodeUri: src/api_fn/',
      'InlineCode: |',
      'MemorySize: 1024',
      'Timeout: 10',
      'Size: 1024',
      '- arm64',
      'ReservedConcurrentExecutions: 50',
      'AutoPublishAlias: live',
      'ProvisionedConcurrentExecutions: 5',
      '- !Ref Utils',
      'AuthType: AWS_IAM',
      'RecursiveLoop: Allow',
      'Type: HttpApi',
      'ApiId: !Ref HttpApi',
      'Type: Api',
      'RestApiId: !Ref RestApi',
      'Type: S3',
      'Type: SNS',
      'Type: SQS',
      'Queue: !GetAtt Jobs.Arn',
      'MaximumConcurrency: 10',
      'Type: Kinesis',
      'Stream: !GetAtt Orders.StreamArn',
      'BisectBatchOnFunctionError: true',
      'Type: Schedule',
      'Schedule: rate(1 hour)',
      'Type: EventBridgeRule',
      'Type: AWS::Events::Rule',
      'Type: AWS::Lambda::Permission',
      'MaximumEventAgeInSeconds: 3600',
      'Destination: !GetAtt Done.Arn',
      'Destination: !Ref Alerts',
      'DeadLetterQueue:',
      'TargetArn: !GetAtt JobsDlq.Arn',
      'maxReceiveCount: 3',
      'StreamViewType: NEW_AND_OLD_IMAGES',
      'Type: AWS::Kinesis::Stream',
      'Type: AWS::SSM::Parameter',
      'Type: AWS::Serverless::LayerVersion',
      'ContentUri: layers/utils/',
      'Type: AWS::SNS::Subscription',
      'QueueConfigurations:',
      'TopicConfigurations:',
      'FifoQueue: true',
      'VpcConfig:',
      'Type: List<AWS::EC2::Subnet::Id>',
      '- dynamodb:PutItem',
      'Type: AWS::SQS::QueuePolicy',
      'Type: AWS::SNS::TopicPolicy',
      'Service: s3.amazonaws.com',
      'Service: sns.amazonaws.com',
      'Service: events.amazonaws.com',
      'aws:SourceArn: !Sub arn:${AWS::Partition}:s3:::uploads-bucket',
      'DependsOn:',
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Version: "2012-10-17"',
    ]) {
      expect(yaml, text).toContain(text);
    }
    const project = scenarioToSamProject(kitchenSink);
    expect(Object.keys(project.files).sort()).toEqual([
      'layers/utils/nodejs/node_modules/utils/index.js',
      'src/api_fn/app.mjs',
      'src/api_fn/lib/util.mjs',
      'src/streamer/index.mjs',
      'template.yaml',
    ]);
    expect(project.warnings).toEqual([
      'apiKey: CloudFormation cannot create a SecureString parameter; create /shop/api-key with the CLI',
    ]);
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(yaml).toContain('# Not exported: apiKey: CloudFormation cannot create a SecureString parameter');
  });

  it('leaves out physical names AWS would refuse, and keeps them through Metadata', () => {
    const s: Scenario = {
      ...kitchenSink,
      nodes: kitchenSink.nodes.map((n) =>
        n.id === 'worker'
          ? { ...n, name: 'Order worker (v2)' }
          : n.id === 'uploads'
            ? { ...n, name: 'Uploads Bucket' }
            : n,
      ),
    };
    const project = scenarioToSamProject(s);
    const yaml = project.files['template.yaml'];
    expect(yaml).not.toContain('FunctionName: Order worker');
    expect(yaml).not.toContain('BucketName: Uploads Bucket');
    expect(yaml).toContain('aws:SourceAccount: !Ref AWS::AccountId');
    const back = samToScenario(yaml, project.files);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(comparable(back.scenario)).toEqual(comparable(s));
  });

  it('warns about what AWS cannot express instead of dropping it silently', () => {
    const s: Scenario = {
      ...kitchenSink,
      edges: [...kitchenSink.edges, { id: 'e-dlq2', from: 'streamer', to: 'done', kind: 'deadLetter' }],
    };
    expect(scenarioToSamProject(s).warnings).toContain(
      'streamer: a function has one dead-letter queue on AWS; only jobsDlq was exported (not done)',
    );
  });
});
