import { z } from 'zod';
import { intBetween, nonNegative, positive } from './common';

const window = { startSecond: nonNegative.optional(), stopSecond: nonNegative.optional() };
const rate = nonNegative.max(100000, { message: 'must be at most 100000 per second' });

export const trafficSchema = z.discriminatedUnion(
  'pattern',
  [
    z.strictObject({ pattern: z.literal('constant'), ratePerSecond: rate, ...window }),
    z.strictObject({ pattern: z.literal('poisson'), ratePerSecond: rate, ...window }),
    z.strictObject({
      pattern: z.literal('ramp'),
      fromPerSecond: rate,
      toPerSecond: rate,
      overSeconds: positive,
      ...window,
    }),
    z.strictObject({
      pattern: z.literal('spike'),
      basePerSecond: rate,
      peakPerSecond: rate,
      atSecond: nonNegative,
      forSeconds: positive,
      ...window,
    }),
    z.strictObject({
      pattern: z.literal('burst'),
      count: intBetween(1, 1000000),
      atSecond: nonNegative,
      ...window,
    }),
    z.strictObject({
      pattern: z.literal('sine'),
      meanPerSecond: rate,
      amplitudePerSecond: rate,
      periodSeconds: positive,
      ...window,
    }),
    z.strictObject({ pattern: z.literal('manual'), ...window }),
  ],
  {
    message:
      'pattern must be one of constant, poisson, ramp, spike, burst, sine, manual',
  },
);
