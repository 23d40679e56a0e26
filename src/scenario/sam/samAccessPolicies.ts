import { getAtt, ref, sub } from './intrinsics';
import type { Json, SamExportContext } from './samExportContext';

// Queues and topics that AWS services deliver to need a resource policy allowing that service,
// or the deploy fails (S3 validates its notification targets) or messages never arrive (SNS,
// EventBridge). SAM writes these for function targets only; this adds them for queues and topics.

const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PRINCIPALS: Record<string, string> = {
  s3Bucket: 's3.amazonaws.com',
  snsTopic: 'sns.amazonaws.com',
  eventBridgeRule: 'events.amazonaws.com',
};

/** Policy resources for every queue and topic that a bucket, topic or rule delivers to. */
export function samAccessPolicies(ctx: SamExportContext, taken: Set<string>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const target of ctx.scenario.nodes) {
    if (target.kind !== 'sqsQueue' && target.kind !== 'snsTopic') continue;
    const statements = ctx
      .edgesTo(target.id, 'notify')
      .map((edge) => ctx.nodes.get(edge.from))
      .filter((source) => source && PRINCIPALS[source.kind])
      .map((source) => statement(ctx, source!.id, source!.kind, target.id, target.kind === 'sqsQueue'));
    if (!statements.length) continue;
    const logical = unique(`${ctx.logical(target.id)}Policy`, taken);
    out[logical] =
      target.kind === 'sqsQueue'
        ? {
            Type: 'AWS::SQS::QueuePolicy',
            Properties: {
              Queues: [ref(ctx.logical(target.id))],
              PolicyDocument: { Version: '2012-10-17', Statement: statements },
            },
          }
        : {
            Type: 'AWS::SNS::TopicPolicy',
            Properties: {
              Topics: [ref(ctx.logical(target.id))],
              PolicyDocument: { Version: '2012-10-17', Statement: statements },
            },
          };
  }
  return out;
}

/** Logical IDs of the policies a bucket's notifications need, for its DependsOn. */
export function policiesForBucket(
  ctx: SamExportContext,
  bucketId: string,
  policies: Record<string, Json>,
): string[] {
  const targets = new Set(ctx.edgesFrom(bucketId, 'notify').map((e) => ctx.logical(e.to)));
  return Object.entries(policies)
    .filter(([, p]) => {
      const props = (p as { Properties: { Queues?: { value: string }[]; Topics?: { value: string }[] } })
        .Properties;
      return [...(props.Queues ?? []), ...(props.Topics ?? [])].some((r) => targets.has(r.value));
    })
    .map(([logical]) => logical);
}

function statement(
  ctx: SamExportContext,
  sourceId: string,
  sourceKind: string,
  targetId: string,
  queue: boolean,
): Json {
  const source = ctx.nodes.get(sourceId);
  const sourceLogical = ctx.logical(sourceId);
  // A bucket's ARN is built from its name: a !GetAtt would make the bucket and the policy
  // depend on each other, since the bucket must wait for the policy before S3 checks it.
  const sourceArn =
    sourceKind === 's3Bucket'
      ? source && S3_BUCKET_NAME.test(source.name)
        ? { ArnLike: { 'aws:SourceArn': sub(`arn:\${AWS::Partition}:s3:::${source.name}`) } }
        : { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } }
      : {
          ArnEquals: {
            'aws:SourceArn': sourceKind === 'snsTopic' ? ref(sourceLogical) : getAtt(sourceLogical, 'Arn'),
          },
        };
  return {
    Effect: 'Allow',
    Principal: { Service: PRINCIPALS[sourceKind] },
    Action: queue ? 'sqs:SendMessage' : 'sns:Publish',
    Resource: queue ? getAtt(ctx.logical(targetId), 'Arn') : ref(ctx.logical(targetId)),
    Condition: sourceArn,
  };
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}
