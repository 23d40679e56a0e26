// Test events in the exact shapes AWS sends, like the Lambda console's templates.
import type { NodeKind } from '../../engine/scenarioTypes';

export interface TestEventTemplate {
  id: string;
  label: string;
  /** The source kinds whose functions get this template suggested first. */
  sources: NodeKind[];
  event: unknown;
}

const region = 'us-east-1';
const account = '123456789012';
const time = '2026-01-01T12:00:00Z';

export const TEST_EVENT_TEMPLATES: TestEventTemplate[] = [
  {
    id: 'hello',
    label: 'Hello world',
    sources: ['client'],
    event: { key1: 'value1', key2: 'value2', key3: 'value3' },
  },
  {
    id: 'apigw-v1',
    label: 'API Gateway REST (payload 1.0)',
    sources: ['apiGateway'],
    event: {
      resource: '/orders/{id}',
      path: '/orders/42',
      httpMethod: 'GET',
      headers: {
        Accept: '*/*',
        Host: 'abc123.execute-api.us-east-1.amazonaws.com',
        'User-Agent': 'curl/8.5.0',
      },
      multiValueHeaders: {
        Accept: ['*/*'],
        Host: ['abc123.execute-api.us-east-1.amazonaws.com'],
        'User-Agent': ['curl/8.5.0'],
      },
      queryStringParameters: { verbose: 'true' },
      multiValueQueryStringParameters: { verbose: ['true'] },
      pathParameters: { id: '42' },
      stageVariables: null,
      requestContext: {
        accountId: account,
        apiId: 'abc123',
        resourceId: 'xyz789',
        resourcePath: '/orders/{id}',
        httpMethod: 'GET',
        path: '/prod/orders/42',
        protocol: 'HTTP/1.1',
        stage: 'prod',
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        requestTime: '01/Jan/2026:12:00:00 +0000',
        requestTimeEpoch: 1767268800000,
        identity: { sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0' },
      },
      body: null,
      isBase64Encoded: false,
    },
  },
  {
    id: 'apigw-v2',
    label: 'API Gateway HTTP API (payload 2.0)',
    sources: ['apiGateway'],
    event: {
      version: '2.0',
      routeKey: 'POST /orders',
      rawPath: '/orders',
      rawQueryString: 'verbose=true',
      headers: { 'content-type': 'application/json', host: 'abc123.execute-api.us-east-1.amazonaws.com' },
      queryStringParameters: { verbose: 'true' },
      requestContext: {
        accountId: account,
        apiId: 'abc123',
        domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
        domainPrefix: 'abc123',
        http: {
          method: 'POST',
          path: '/orders',
          protocol: 'HTTP/1.1',
          sourceIp: '203.0.113.10',
          userAgent: 'curl/8.5.0',
        },
        requestId: 'JKJaXmPLvHcESHA=',
        routeKey: 'POST /orders',
        stage: '$default',
        time: '01/Jan/2026:12:00:00 +0000',
        timeEpoch: 1767268800000,
      },
      body: '{"item":"book","quantity":1}',
      isBase64Encoded: false,
    },
  },
  {
    id: 's3-put',
    label: 'S3 Put (ObjectCreated)',
    sources: ['s3Bucket'],
    event: {
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: region,
          eventTime: time,
          eventName: 'ObjectCreated:Put',
          userIdentity: { principalId: 'EXAMPLE' },
          requestParameters: { sourceIPAddress: '127.0.0.1' },
          responseElements: {
            'x-amz-request-id': 'EXAMPLE123456789',
            'x-amz-id-2': 'EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH',
          },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'testConfigRule',
            bucket: {
              name: 'example-bucket',
              ownerIdentity: { principalId: 'EXAMPLE' },
              arn: 'arn:aws:s3:::example-bucket',
            },
            object: {
              key: 'uploads/photo.jpg',
              size: 1024,
              eTag: '0123456789abcdef0123456789abcdef',
              sequencer: '0A1B2C3D4E5F678901',
            },
          },
        },
      ],
    },
  },
  {
    id: 'sns',
    label: 'SNS notification',
    sources: ['snsTopic'],
    event: {
      Records: [
        {
          EventVersion: '1.0',
          EventSubscriptionArn: `arn:aws:sns:${region}:${account}:example-topic:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
          EventSource: 'aws:sns',
          Sns: {
            SignatureVersion: '1',
            Timestamp: time,
            Signature: 'EXAMPLE',
            SigningCertUrl:
              'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
            MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
            Message: 'Hello from SNS!',
            MessageAttributes: {},
            Type: 'Notification',
            UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
            TopicArn: `arn:aws:sns:${region}:${account}:example-topic`,
            Subject: 'example subject',
          },
        },
      ],
    },
  },
  {
    id: 'sqs',
    label: 'SQS receive message',
    sources: ['sqsQueue'],
    event: {
      Records: [
        {
          messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
          receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
          body: '{"orderId":"1","item":"book"}',
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: '1767268800000',
            SenderId: 'AIDAIENQZJOLO23YVJ4VO',
            ApproximateFirstReceiveTimestamp: '1767268800001',
          },
          messageAttributes: {},
          md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
          eventSource: 'aws:sqs',
          eventSourceARN: `arn:aws:sqs:${region}:${account}:example-queue`,
          awsRegion: region,
        },
      ],
    },
  },
  {
    id: 'kinesis',
    label: 'Kinesis get records',
    sources: ['kinesisStream'],
    event: {
      Records: [
        {
          kinesis: {
            kinesisSchemaVersion: '1.0',
            partitionKey: 'device-1',
            sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
            data: 'eyJkZXZpY2UiOiJkZXZpY2UtMSIsInRlbXAiOjIxLjV9',
            approximateArrivalTimestamp: 1767268800.0,
          },
          eventSource: 'aws:kinesis',
          eventVersion: '1.0',
          eventID: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
          eventName: 'aws:kinesis:record',
          invokeIdentityArn: `arn:aws:iam::${account}:role/lambda-role`,
          awsRegion: region,
          eventSourceARN: `arn:aws:kinesis:${region}:${account}:stream/example-stream`,
        },
      ],
    },
  },
  {
    id: 'dynamodb',
    label: 'DynamoDB Streams update',
    sources: ['dynamodbTable'],
    event: {
      Records: [
        {
          eventID: 'c4ca4238a0b923820dcc509a6f75849b',
          eventName: 'INSERT',
          eventVersion: '1.1',
          eventSource: 'aws:dynamodb',
          awsRegion: region,
          dynamodb: {
            ApproximateCreationDateTime: 1767268800,
            Keys: { pk: { S: 'order#1' } },
            NewImage: { pk: { S: 'order#1' }, item: { S: 'book' }, quantity: { N: '1' } },
            SequenceNumber: '4421584500000000017450439091',
            SizeBytes: 46,
            StreamViewType: 'NEW_AND_OLD_IMAGES',
          },
          eventSourceARN: `arn:aws:dynamodb:${region}:${account}:table/example-table/stream/2026-01-01T00:00:00.000`,
        },
      ],
    },
  },
  {
    id: 'eventbridge-scheduled',
    label: 'EventBridge scheduled event',
    sources: ['eventBridgeRule'],
    event: {
      version: '0',
      id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account,
      time,
      region,
      resources: [`arn:aws:events:${region}:${account}:rule/example-rule`],
      detail: {},
    },
  },
];

export function templateText(id: string): string | undefined {
  const t = TEST_EVENT_TEMPLATES.find((x) => x.id === id);
  return t ? `${JSON.stringify(t.event, null, 2)}\n` : undefined;
}
