import type { Pricing } from '../scenarioTypes';
import type { FunctionReport } from '../reportTypes';
import { costOf } from '../billing';

const SECONDS_PER_MONTH = 30 * 24 * 3600;

export interface MonthlyProjection {
  requests: number;
  gbSeconds: number;
  costUSD: { requests: number; compute: number; provisioned: number; total: number };
  freeTier: boolean;
  label: string;
}

/**
 * Extrapolates a run's rate to a 30-day month at list prices (us-east-1), optionally with the
 * free tier (1M requests and 400,000 GB-s a month; not for provisioned concurrency).
 */
export function monthlyCost(
  f: FunctionReport,
  simulatedSeconds: number,
  pricing: Pricing,
  architecture: 'x86_64' | 'arm64',
  provisioned: { concurrency: number; memoryMB: number },
  freeTier: boolean,
): MonthlyProjection {
  const scale = simulatedSeconds > 0 ? SECONDS_PER_MONTH / simulatedSeconds : 0;
  const requests = f.Invocations * scale;
  const gbSeconds = f.GBSeconds * scale;
  const provisionedAllocated = (provisioned.concurrency * provisioned.memoryMB * SECONDS_PER_MONTH) / 1024;
  const cost = costOf(
    {
      requests,
      billedDurationMs: f.BilledDurationMs * scale,
      gbSeconds: provisioned.concurrency > 0 ? 0 : gbSeconds,
      provisionedDurationGBSeconds: provisioned.concurrency > 0 ? gbSeconds : 0,
      provisionedAllocatedGBSeconds: provisionedAllocated,
      extraStorageGBSeconds: 0,
    },
    { ...pricing, freeTier },
    architecture,
  );
  return { requests, gbSeconds, costUSD: cost, freeTier, label: 'list prices, us-east-1, as of 2026 (editable in account.pricing)' };
}
