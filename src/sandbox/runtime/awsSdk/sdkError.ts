// AWS SDK v3 service exceptions: one base class per client package (S3ServiceException, ...)
// and named subclasses, so `err.name === 'NoSuchKey'` and `err instanceof NoSuchKey` both hold.
import type { ServiceName } from '../../../engine/handlerHost';

export interface ResponseMetadata {
  httpStatusCode: number;
  requestId: string;
  extendedRequestId: string | undefined;
  cfId: undefined;
  attempts: number;
  totalRetryDelay: number;
}

export type ExceptionClass = new (options: Record<string, unknown>) => Error;

interface ServiceExceptions {
  base: ExceptionClass;
  byName: Map<string, ExceptionClass>;
}

/** The SDK's own base name for each service ("DynamoDBServiceException"). */
const BASE_NAMES: Record<ServiceName, string> = {
  s3: 'S3ServiceException',
  dynamodb: 'DynamoDBServiceException',
  sqs: 'SQSServiceException',
  sns: 'SNSServiceException',
  eventbridge: 'EventBridgeServiceException',
  ssm: 'SSMServiceException',
  lambda: 'LambdaServiceException',
  kinesis: 'KinesisServiceException',
};

// Classes hold no environment state, so one set serves every host and environment.
const registry = new Map<ServiceName, ServiceExceptions>();

function named(name: string, parent: ExceptionClass): ExceptionClass {
  const holder = {
    [name]: class extends parent {
      constructor(options: Record<string, unknown> = {}) {
        super(options);
        this.name = name;
      }
    },
  };
  return holder[name];
}

function exceptionsOf(service: ServiceName): ServiceExceptions {
  let entry = registry.get(service);
  if (entry) return entry;
  const baseName = BASE_NAMES[service];
  const base = {
    [baseName]: class extends Error {
      $fault: 'client' | 'server' = 'client';
      $metadata: Partial<ResponseMetadata> = {};
      constructor(options: Record<string, unknown> = {}) {
        super(typeof options.message === 'string' ? options.message : '');
        const { message: _message, ...rest } = options;
        Object.assign(this, rest);
        this.name = typeof options.name === 'string' ? options.name : baseName;
      }
    },
  }[baseName] as ExceptionClass;
  entry = { base, byName: new Map() };
  registry.set(service, entry);
  return entry;
}

/** The exception classes a client package exports: its base class and the listed names. */
export function exportedExceptions(service: ServiceName, names: readonly string[]): Record<string, ExceptionClass> {
  const entry = exceptionsOf(service);
  const out: Record<string, ExceptionClass> = { [BASE_NAMES[service]]: entry.base };
  for (const name of names) out[name] = exceptionClass(service, name);
  return out;
}

function exceptionClass(service: ServiceName, name: string): ExceptionClass {
  const entry = exceptionsOf(service);
  let cls = entry.byName.get(name);
  if (!cls) entry.byName.set(name, (cls = named(name, entry.base)));
  return cls;
}

/** What a failed SDK call rejects with, shaped like the SDK's deserialized service error. */
export function createSdkError(
  service: ServiceName,
  error: { name: string; message: string; statusCode: number },
  $metadata: ResponseMetadata,
): Error {
  const cls = /^[A-Za-z][A-Za-z0-9]*$/.test(error.name) ? exceptionClass(service, error.name) : exceptionsOf(service).base;
  const fields: Record<string, unknown> = {
    name: error.name,
    message: error.message,
    $fault: error.statusCode >= 500 ? 'server' : 'client',
    $metadata,
  };
  // S3 (REST-XML) errors also carry the XML body's fields; JSON services carry __type.
  if (service === 's3') Object.assign(fields, { Code: error.name, RequestId: $metadata.requestId, HostId: $metadata.extendedRequestId });
  else fields.__type = error.name;
  return new cls(fields);
}
