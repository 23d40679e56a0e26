import type { ServiceName } from '../handlerHost';
import type { Rng } from '../rng';

// Simulated round-trip latency of SDK calls from inside Lambda (same Region). AWS publishes no
// figures; these are typical single-digit to tens-of-ms medians, documented as assumptions,
// with a seeded ±40% jitter so runs stay reproducible.
const BASE_MS: Record<ServiceName, number> = {
  dynamodb: 6,
  s3: 25,
  sqs: 12,
  sns: 20,
  eventbridge: 20,
  ssm: 15,
  kinesis: 15,
  lambda: 15,
};

export function serviceLatencyMs(service: ServiceName, operation: string, rng: Rng): number {
  const base = service === 's3' && operation === 'GetObject' ? 20 : BASE_MS[service];
  return Math.round(base * (0.6 + 0.8 * rng.next()) * 1000) / 1000;
}
