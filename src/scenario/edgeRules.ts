import type { EdgeKind, NodeKind } from '../engine/scenarioTypes';

// Which (from, to) pairs each edge kind allows, with AWS's reason when a pair is refused.
const ALLOWED: Record<EdgeKind, [NodeKind[], NodeKind[]][]> = {
  invoke: [
    [['client'], ['function', 'apiGateway']],
    [['apiGateway'], ['function']],
  ],
  send: [[['client'], ['s3Bucket', 'snsTopic', 'sqsQueue', 'kinesisStream', 'dynamodbTable', 'eventBridgeRule']]],
  notify: [
    [['s3Bucket'], ['function', 'snsTopic', 'sqsQueue']],
    [['snsTopic'], ['function', 'sqsQueue']],
    [['eventBridgeRule'], ['function', 'sqsQueue', 'snsTopic']],
  ],
  eventSourceMapping: [[['sqsQueue', 'kinesisStream', 'dynamodbTable'], ['function']]],
  onSuccess: [[['function'], ['function', 'sqsQueue', 'snsTopic', 'eventBridgeRule']]],
  onFailure: [
    [['function'], ['function', 'sqsQueue', 'snsTopic', 'eventBridgeRule', 's3Bucket']],
    [['kinesisStream', 'dynamodbTable'], ['sqsQueue', 'snsTopic', 's3Bucket']],
  ],
  deadLetter: [[['function'], ['sqsQueue', 'snsTopic']]],
  redrive: [[['sqsQueue'], ['sqsQueue']]],
};

const REASONS: Partial<Record<string, string>> = {
  's3Bucket>eventSourceMapping': 'S3 is not a polled source: Lambda has no event source mapping for S3; use a notify edge',
  'snsTopic>eventSourceMapping': 'SNS pushes to Lambda asynchronously; use a notify edge, not an event source mapping',
  'function>onSuccess>s3Bucket': 'S3 can only be an on-failure destination',
  'client>invoke>sqsQueue': 'a client sends to a queue with SendMessage: use a send edge',
};

export function edgeKindAllowed(kind: EdgeKind, from: NodeKind, to: NodeKind): boolean {
  return ALLOWED[kind].some(([froms, tos]) => froms.includes(from) && tos.includes(to));
}

/** Edge kinds that fit a pair, so the canvas can pick one or offer a choice. */
export function edgeKindsFor(from: NodeKind, to: NodeKind): EdgeKind[] {
  return (Object.keys(ALLOWED) as EdgeKind[]).filter((kind) => edgeKindAllowed(kind, from, to));
}

export function edgeRefusal(kind: EdgeKind, from: NodeKind, to: NodeKind): string {
  const reason =
    REASONS[`${from}>${kind}>${to}`] ?? REASONS[`${from}>${kind}`] ?? REASONS[`${from}>${kind}>${to}`];
  if (reason) return reason;
  const fits = edgeKindsFor(from, to);
  const hint = fits.length ? ` (${from} -> ${to} can be: ${fits.join(', ')})` : ` (${from} cannot connect to ${to})`;
  return `a ${kind} edge cannot go from a ${from} to a ${to}${hint}`;
}
