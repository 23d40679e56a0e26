import { z } from 'zod';
import { between, idSchema, intBetween, nameSchema, nonNegative } from './common';
import { nodeSchema } from './nodeSchemas';
import { sandboxSchema } from './sandboxSchema';

const EDGE_KINDS = [
  'invoke',
  'send',
  'notify',
  'eventSourceMapping',
  'onSuccess',
  'onFailure',
  'deadLetter',
  'redrive',
] as const;

export const edgeSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  kind: z.enum(EDGE_KINDS, { message: `kind must be one of ${EDGE_KINDS.join(', ')}` }),
  config: z.record(z.string(), z.unknown()).optional(),
});

const pricingSchema = z.strictObject({
  requestsPerMillionUSD: nonNegative.optional(),
  x86GBSecondUSD: nonNegative.optional(),
  arm64GBSecondUSD: nonNegative.optional(),
  provisionedGBSecondUSD: nonNegative.optional(),
  provisionedDurationGBSecondUSD: nonNegative.optional(),
  ephemeralStorageGBSecondUSD: nonNegative.optional(),
  freeTier: z.boolean().optional(),
});

const accountSchema = z.strictObject({
  concurrencyLimit: intBetween(1, 1000000).optional(),
  unreservedMinimum: intBetween(0, 1000000).optional(),
  scalingEnvironmentsPer10s: intBetween(1, 1000000).optional(),
  idleEnvironmentLifetimeSeconds: between(1, 86400).optional(),
  maxEnvironmentLifetimeSeconds: between(60, 7 * 86400).nullable().optional(),
  legacyBurstScaling: z.boolean().optional(),
  legacyVpcNetworking: z.boolean().optional(),
  vpcPendingSeconds: between(0, 600).optional(),
  legacyVpcEniSeconds: between(0, 120).optional(),
  pricing: pricingSchema.optional(),
});

export const scenarioSchema = z.strictObject({
  version: z.literal(1, { message: 'must be 1 (this app reads scenario format v1)' }),
  name: nameSchema,
  description: z.string().optional(),
  seed: z.number().int({ message: 'must be a whole number' }).optional(),
  durationSeconds: between(1, 31 * 86400).optional(),
  account: accountSchema.optional(),
  cpu: z.enum(['measured', 'ignored'], { message: 'must be "measured" or "ignored"' }).optional(),
  sandbox: sandboxSchema.optional(),
  nodes: z.array(nodeSchema, { message: 'must be a list of nodes' }),
  edges: z.array(edgeSchema, { message: 'must be a list of edges' }),
});
