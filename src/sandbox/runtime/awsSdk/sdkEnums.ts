// The enum objects client packages export (LogType.Tail, ReturnValue.ALL_NEW, ...): examples use
// them in place of string literals, and a missing one fails as "cannot read 'Tail' of undefined".
import type { ServiceName } from '../../../engine/handlerHost';

type Enum = Record<string, string>;

/** Keys as the SDK spells them for values like 'ALL_NEW', 'Tail' or 'public-read'. */
const same = (...values: string[]): Enum => Object.fromEntries(values.map((v) => [v.replace(/[^A-Za-z0-9]/g, '_'), v]));

export const SDK_ENUMS: Partial<Record<ServiceName, Record<string, Enum>>> = {
  lambda: {
    LogType: same('None', 'Tail'),
    InvocationType: same('Event', 'RequestResponse', 'DryRun'),
  },
  dynamodb: {
    ReturnValue: same('NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'),
    Select: same('ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES', 'SPECIFIC_ATTRIBUTES', 'COUNT'),
    ReturnConsumedCapacity: same('INDEXES', 'TOTAL', 'NONE'),
  },
  s3: {
    ObjectCannedACL: same('private', 'public-read', 'public-read-write', 'authenticated-read', 'aws-exec-read', 'bucket-owner-read', 'bucket-owner-full-control'),
    StorageClass: same('STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR'),
    ServerSideEncryption: same('AES256', 'aws:kms', 'aws:kms:dsse'),
  },
  sqs: {
    QueueAttributeName: same('All', 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'QueueArn', 'VisibilityTimeout'),
  },
  ssm: {
    ParameterType: { STRING: 'String', STRING_LIST: 'StringList', SECURE_STRING: 'SecureString' },
  },
};
