// `sandbox` (top level): what a scenario asks of the sandbox its code runs in. Today that is only
// network access, which the user must still allow for each run (docs/network-access.md).
import { z } from 'zod';

/** "api.example.com", "*.example.com", "127.0.0.1:8080", "http://localhost:3000": no path, no user info. */
export const NETWORK_HOST_PATTERN = /^(https?:\/\/)?(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

const hostSchema = z
  .string({ message: 'must be a string' })
  .regex(NETWORK_HOST_PATTERN, {
    message: 'must be a host like "api.example.com", "*.example.com", "api.example.com:8443" or "http://127.0.0.1:8080" (no path)',
  });

export const networkRequestSchema = z.strictObject({
  allow: z.union(
    [
      z.boolean(),
      z
        .array(hostSchema, { message: 'must be true, false or a list of hosts' })
        .min(1, { message: 'must list at least one host (use false to ask for no network)' })
        .max(20, { message: 'may list at most 20 hosts' }),
    ],
    { message: 'must be true (any https host), false, or a list of hosts' },
  ),
  reason: z
    .string({ message: 'must be a string' })
    .max(300, { message: 'must be at most 300 characters' })
    .optional(),
});

export const sandboxSchema = z.strictObject({
  network: networkRequestSchema.optional(),
});
