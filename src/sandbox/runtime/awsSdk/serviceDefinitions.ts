// The simulated client packages: per service, its operations (with the few input/output
// conversions between SDK shapes and the engine's, world.ts) and the exceptions it exports.
// Operations the engine does not simulate yet still exist, so calling one gets the engine's
// UnknownOperationException instead of "X is not a constructor".
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { OperationDef, SdkGlobals, ServiceModuleDef } from './createServiceModule';
import { DYNAMODB_TOKENS, S3_LIST_TOKENS } from './createPaginator';
import { createSdkStream, toUtf8Text, Uint8ArrayBlobAdapter } from './sdkStream';

const withDate = (out: Record<string, any>, g: SdkGlobals) =>
  typeof out.LastModified === 'number' ? { ...out, LastModified: new g.Date(out.LastModified) } : out;
const withStatus = (status: number) => (out: Record<string, any>) => ({ ...out, $metadata: { ...out.$metadata, httpStatusCode: status } });
const plain: OperationDef = {};

const s3: ServiceModuleDef = {
  service: 's3',
  clientName: 'S3',
  operations: {
    PutObject: { input: (i) => ({ ...i, Body: toUtf8Text(i.Body) }) },
    GetObject: { output: (o, g) => ({ ...withDate(o, g), Body: createSdkStream(String(o.Body ?? ''), g.Promise) }) },
    HeadObject: { output: withDate },
    DeleteObject: { output: withStatus(204) },
    ListObjectsV2: {
      output: (o, g) => {
        const out: Record<string, any> = { ...o, Contents: (o.Contents as Record<string, any>[] | undefined)?.map((c) => withDate(c, g)) };
        if (out.KeyCount === 0) delete out.Contents;
        return out;
      },
    },
    CopyObject: plain,
    DeleteObjects: plain,
  },
  exceptions: ['NoSuchKey', 'NoSuchBucket', 'NotFound', 'InvalidObjectState', 'ObjectNotInActiveTierError'],
  paginators: { ListObjectsV2: S3_LIST_TOKENS },
};

export const dynamodbOperations = ['PutItem', 'GetItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems', 'DescribeTable'];

const dynamodb: ServiceModuleDef = {
  service: 'dynamodb',
  clientName: 'DynamoDB',
  operations: Object.fromEntries(dynamodbOperations.map((op) => [op, plain])),
  exceptions: [
    'ConditionalCheckFailedException',
    'ResourceNotFoundException',
    'ProvisionedThroughputExceededException',
    'TransactionCanceledException',
    'ItemCollectionSizeLimitExceededException',
    'RequestLimitExceeded',
    'InternalServerError',
  ],
  paginators: { Query: DYNAMODB_TOKENS, Scan: DYNAMODB_TOKENS },
};

const sqs: ServiceModuleDef = {
  service: 'sqs',
  clientName: 'SQS',
  operations: {
    SendMessage: plain,
    SendMessageBatch: plain,
    ReceiveMessage: { output: (o) => (Array.isArray(o.Messages) && o.Messages.length === 0 ? { $metadata: o.$metadata } : o) },
    DeleteMessage: plain,
    DeleteMessageBatch: plain,
    ChangeMessageVisibility: plain,
    GetQueueUrl: plain,
    GetQueueAttributes: plain,
  },
  exceptions: ['QueueDoesNotExist', 'ReceiptHandleIsInvalid', 'TooManyEntriesInBatchRequest', 'InvalidMessageContents', 'OverLimit'],
};

const sns: ServiceModuleDef = {
  service: 'sns',
  clientName: 'SNS',
  operations: { Publish: plain, PublishBatch: plain },
  exceptions: ['NotFoundException', 'InvalidParameterException', 'AuthorizationErrorException'],
};

const eventbridge: ServiceModuleDef = {
  service: 'eventbridge',
  clientName: 'EventBridge',
  operations: { PutEvents: plain },
  exceptions: ['InternalException', 'ResourceNotFoundException'],
};

const ssm: ServiceModuleDef = {
  service: 'ssm',
  clientName: 'SSM',
  operations: { GetParameter: plain, GetParameters: plain, GetParametersByPath: plain },
  exceptions: ['ParameterNotFound', 'ParameterVersionNotFound', 'InvalidKeyId'],
};

const lambda: ServiceModuleDef = {
  service: 'lambda',
  clientName: 'Lambda',
  operations: {
    Invoke: {
      input: (i) => ({ ...i, Payload: toUtf8Text(i.Payload) }),
      output: (o, _g, input) => {
        const out: Record<string, any> = { ...o, $metadata: { ...o.$metadata, httpStatusCode: o.StatusCode ?? 200 } };
        out.Payload = Uint8ArrayBlobAdapter.fromString(String(o.Payload ?? ''));
        // The engine keeps no log tail for callers: LogType 'Tail' gets an empty (valid base64) one.
        if (o.LogResult === undefined && input.LogType === 'Tail') out.LogResult = '';
        return out;
      },
    },
  },
  exceptions: ['ResourceNotFoundException', 'TooManyRequestsException', 'InvalidRequestContentException', 'ServiceException'],
};

const kinesis: ServiceModuleDef = {
  service: 'kinesis',
  clientName: 'Kinesis',
  operations: {
    PutRecord: { input: (i) => ({ ...i, Data: toUtf8Text(i.Data) }) },
    PutRecords: { input: (i) => ({ ...i, Records: (i.Records as Record<string, any>[] | undefined)?.map((r) => ({ ...r, Data: toUtf8Text(r.Data) })) }) },
  },
  exceptions: ['ResourceNotFoundException', 'ProvisionedThroughputExceededException', 'InvalidArgumentException'],
};

/** Package name -> its definition. */
export const SERVICE_MODULES: Record<string, ServiceModuleDef> = {
  '@aws-sdk/client-s3': s3,
  '@aws-sdk/client-dynamodb': dynamodb,
  '@aws-sdk/client-sqs': sqs,
  '@aws-sdk/client-sns': sns,
  '@aws-sdk/client-eventbridge': eventbridge,
  '@aws-sdk/client-ssm': ssm,
  '@aws-sdk/client-lambda': lambda,
  '@aws-sdk/client-kinesis': kinesis,
};
