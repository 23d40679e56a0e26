import { z } from 'zod';

export const between = (min: number, max: number) =>
  z
    .number({ message: 'must be a number' })
    .min(min, { message: `must be between ${min} and ${max}` })
    .max(max, { message: `must be between ${min} and ${max}` });

export const intBetween = (min: number, max: number) =>
  between(min, max).int({ message: `must be a whole number between ${min} and ${max}` });

export const nonNegative = z.number({ message: 'must be a number' }).min(0, { message: 'must be 0 or more' });

export const positive = z.number({ message: 'must be a number' }).gt(0, { message: 'must be greater than 0' });

export const idSchema = z
  .string({ message: 'must be a string' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 letters, digits, "_" or "-"' });

export const nameSchema = z
  .string({ message: 'must be a string' })
  .min(1, { message: 'must not be empty' })
  .max(128, { message: 'must be at most 128 characters' });

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const filesSchema = z
  .record(z.string(), z.string({ message: 'file contents must be a string' }))
  .refine((files) => Object.keys(files).length > 0, { message: 'must contain at least one file' });
