// IAM actions of the SAM policy templates and AWS managed policies a Lambda template commonly
// uses, so an imported function's `permissions` match what the template grants.

const SQS_POLL = [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:ChangeMessageVisibility',
];
const KINESIS_READ = [
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:ListShards',
  'kinesis:ListStreams',
];
const DDB_STREAM = [
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:DescribeStream',
  'dynamodb:ListStreams',
];
const DDB_READ = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:BatchGetItem',
  'dynamodb:DescribeTable',
];
const DDB_WRITE = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];
const S3_READ = ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion'];
const S3_WRITE = ['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration'];

export const POLICY_TEMPLATES: Record<string, string[]> = {
  SQSPollerPolicy: SQS_POLL,
  SQSSendMessagePolicy: ['sqs:SendMessage', 'sqs:GetQueueUrl'],
  SNSPublishMessagePolicy: ['sns:Publish'],
  SNSCrudPolicy: ['sns:CreateTopic', 'sns:DeleteTopic', 'sns:Subscribe', 'sns:Unsubscribe', 'sns:Publish'],
  DynamoDBReadPolicy: DDB_READ,
  DynamoDBWritePolicy: DDB_WRITE,
  DynamoDBCrudPolicy: [...DDB_READ, ...DDB_WRITE],
  DynamoDBStreamReadPolicy: DDB_STREAM,
  S3ReadPolicy: S3_READ,
  S3WritePolicy: S3_WRITE,
  S3CrudPolicy: [...S3_READ, ...S3_WRITE, 's3:DeleteObject'],
  KinesisStreamReadPolicy: KINESIS_READ,
  KinesisCrudPolicy: [
    ...KINESIS_READ,
    'kinesis:PutRecord',
    'kinesis:PutRecords',
    'kinesis:CreateStream',
    'kinesis:DeleteStream',
  ],
  LambdaInvokePolicy: ['lambda:InvokeFunction'],
  EventBridgePutEventsPolicy: ['events:PutEvents'],
  SSMParameterReadPolicy: [
    'ssm:DescribeParameters',
    'ssm:GetParameters',
    'ssm:GetParameter',
    'ssm:GetParametersByPath',
  ],
  SSMParameterWithSlashPrefixReadPolicy: [
    'ssm:DescribeParameters',
    'ssm:GetParameters',
    'ssm:GetParameter',
    'ssm:GetParametersByPath',
  ],
  VPCAccessPolicy: [],
  AWSSecretsManagerGetSecretValuePolicy: ['secretsmanager:GetSecretValue'],
};

export const MANAGED_POLICIES: Record<string, string[]> = {
  AWSLambdaBasicExecutionRole: [],
  AWSLambdaVPCAccessExecutionRole: [],
  AWSXRayDaemonWriteAccess: [],
  AWSLambdaSQSQueueExecutionRole: SQS_POLL,
  AWSLambdaKinesisExecutionRole: KINESIS_READ,
  AWSLambdaDynamoDBExecutionRole: DDB_STREAM,
  AWSLambdaRole: ['lambda:InvokeFunction'],
  AmazonSQSFullAccess: ['sqs:*'],
  AmazonSNSFullAccess: ['sns:*'],
  AmazonDynamoDBFullAccess: ['dynamodb:*'],
  AmazonS3FullAccess: ['s3:*'],
  AmazonS3ReadOnlyAccess: ['s3:Get*', 's3:List*'],
};
