// AWS's naming rules per resource type. A node name that breaks them (spaces, say) is not written
// as the physical name: CloudFormation then generates one, and the name travels in Metadata.
const RULES: Record<string, RegExp> = {
  function: /^[A-Za-z0-9_-]{1,64}$/,
  layer: /^[A-Za-z0-9_-]{1,140}$/,
  sqsQueue: /^[A-Za-z0-9_-]{1,80}(\.fifo)?$/,
  snsTopic: /^[A-Za-z0-9_-]{1,256}$/,
  kinesisStream: /^[A-Za-z0-9_.-]{1,128}$/,
  dynamodbTable: /^[A-Za-z0-9_.-]{3,255}$/,
  eventBridgeRule: /^[A-Za-z0-9_.-]{1,64}$/,
  s3Bucket: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
  parameter: /^\/?[A-Za-z0-9_.\-/]{1,1011}$/,
};

export function validPhysicalName(kind: string, name: string): boolean {
  const rule = RULES[kind];
  return !rule || rule.test(name);
}
