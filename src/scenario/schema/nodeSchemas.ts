import { z } from 'zod';
import { between, filesSchema, idSchema, intBetween, nameSchema, positionSchema, positive } from './common';
import { trafficSchema } from './trafficSchema';
import { loggingConfigSchema } from './loggingConfigSchema';

const base = { id: idSchema, name: nameSchema, position: positionSchema.optional() };

const functionSchema = z.strictObject({
  ...base,
  kind: z.literal('function'),
  runtime: z.string().optional(),
  handler: z
    .string()
    .regex(/^[^.]+(\.[^.]+)+$/, { message: 'must look like "file.export", e.g. "index.handler"' })
    .optional(),
  files: filesSchema,
  memoryMB: intBetween(128, 10240).optional(),
  timeoutSeconds: between(1, 900).optional(),
  ephemeralStorageMB: intBetween(512, 10240).optional(),
  architecture: z.enum(['x86_64', 'arm64'], { message: 'must be "x86_64" or "arm64"' }).optional(),
  environment: z.record(z.string(), z.string({ message: 'environment values must be strings' })).optional(),
  reservedConcurrency: intBetween(0, 1000000).nullable().optional(),
  provisionedConcurrency: intBetween(0, 1000000).optional(),
  async: z
    .strictObject({
      maximumRetryAttempts: z
        .union([z.literal(0), z.literal(1), z.literal(2)], { message: 'must be 0, 1 or 2' })
        .optional(),
      maximumEventAgeSeconds: intBetween(60, 21600).optional(),
    })
    .optional(),
  recursiveLoop: z.enum(['Terminate', 'Allow'], { message: 'must be "Terminate" or "Allow"' }).optional(),
  layers: z.array(idSchema).max(5, { message: 'a function can use at most 5 layers' }).optional(),
  permissions: z.array(z.string()).optional(),
  url: z
    .strictObject({ authType: z.enum(['NONE', 'AWS_IAM'], { message: 'must be "NONE" or "AWS_IAM"' }) })
    .nullable()
    .optional(),
  vpc: z.boolean().optional(),
  coldStart: z.strictObject({ runtimeInitMs: between(0, 60000).optional() }).optional(),
  loggingConfig: loggingConfigSchema.optional(),
});

const layerSchema = z.strictObject({ ...base, kind: z.literal('layer'), files: filesSchema });

const clientSchema = z.strictObject({
  ...base,
  kind: z.literal('client'),
  origin: z.enum(['internet', 'account'], { message: 'must be "internet" or "account"' }).optional(),
  traffic: trafficSchema,
  payloads: z
    .array(z.strictObject({ weight: positive.optional(), body: z.unknown() }))
    .optional(),
});

const apiGatewaySchema = z.strictObject({
  ...base,
  kind: z.literal('apiGateway'),
  payloadVersion: z.enum(['1.0', '2.0'], { message: 'must be "1.0" or "2.0"' }).optional(),
  timeoutSeconds: between(0.05, 29).optional(),
});

const s3Schema = z.strictObject({ ...base, kind: z.literal('s3Bucket') });
const snsSchema = z.strictObject({ ...base, kind: z.literal('snsTopic') });
const sqsSchema = z.strictObject({
  ...base,
  kind: z.literal('sqsQueue'),
  fifo: z.boolean().optional(),
  visibilityTimeoutSeconds: intBetween(0, 43200).optional(),
  messageRetentionSeconds: intBetween(60, 1209600).optional(),
});
const kinesisSchema = z.strictObject({
  ...base,
  kind: z.literal('kinesisStream'),
  shards: intBetween(1, 500).optional(),
  retentionHours: intBetween(24, 8760).optional(),
});
const dynamoSchema = z.strictObject({
  ...base,
  kind: z.literal('dynamodbTable'),
  partitionKey: z.string().min(1).optional(),
  sortKey: z.string().min(1).optional(),
  stream: z
    .enum(['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'], {
      message: 'must be NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY or null',
    })
    .nullable()
    .optional(),
});
const eventBridgeSchema = z.strictObject({
  ...base,
  kind: z.literal('eventBridgeRule'),
  schedule: z.string().optional(),
  eventPattern: z.unknown().optional(),
});
const parameterSchema = z.strictObject({
  ...base,
  kind: z.literal('parameter'),
  value: z.string({ message: 'must be a string' }),
  secure: z.boolean().optional(),
});

export const NODE_KINDS = [
  'function',
  'layer',
  'client',
  'apiGateway',
  's3Bucket',
  'snsTopic',
  'sqsQueue',
  'kinesisStream',
  'dynamodbTable',
  'eventBridgeRule',
  'parameter',
] as const;

export const nodeSchema = z.discriminatedUnion(
  'kind',
  [
    functionSchema,
    layerSchema,
    clientSchema,
    apiGatewaySchema,
    s3Schema,
    snsSchema,
    sqsSchema,
    kinesisSchema,
    dynamoSchema,
    eventBridgeSchema,
    parameterSchema,
  ],
  { message: `kind must be one of ${NODE_KINDS.join(', ')}` },
);
