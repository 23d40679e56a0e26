import type { Pricing } from './scenarioTypes';

export interface BillingTotals {
  requests: number;
  billedDurationMs: number;
  /** GB-s of on-demand duration (including billed Init). */
  gbSeconds: number;
  /** GB-s of duration on provisioned environments. */
  provisionedDurationGBSeconds: number;
  /** GB-s of provisioned concurrency kept allocated. */
  provisionedAllocatedGBSeconds: number;
  /** GB-s of ephemeral storage above the free 512 MB, over billed duration. */
  extraStorageGBSeconds: number;
}

export function emptyBilling(): BillingTotals {
  return {
    requests: 0,
    billedDurationMs: 0,
    gbSeconds: 0,
    provisionedDurationGBSeconds: 0,
    provisionedAllocatedGBSeconds: 0,
    extraStorageGBSeconds: 0,
  };
}

/** GB-s of provisioned concurrency kept allocated from time 0 to `untilMs`, used or not. */
export function provisionedAllocatedGBSeconds(provisionedConcurrency: number, memoryMB: number, untilMs: number): number {
  return (provisionedConcurrency * memoryMB * untilMs) / 1024 / 1000;
}

/** Billing is in 1 ms steps: a 12.3 ms invocation bills 13 ms. */
export function billedMs(durationMs: number): number {
  return Math.max(1, Math.ceil(durationMs - 1e-9));
}

export interface Cost {
  requests: number;
  compute: number;
  provisioned: number;
  total: number;
}

const FREE_REQUESTS = 1_000_000;
const FREE_GB_SECONDS = 400_000;

/** `out`: a Cost to fill instead of a new one (the per-second cost of every function reuses one). */
export function costOf(b: BillingTotals, pricing: Pricing, architecture: 'x86_64' | 'arm64', out?: Cost): Cost {
  const gbSecondPrice = architecture === 'arm64' ? pricing.arm64GBSecondUSD : pricing.x86GBSecondUSD;
  const paidRequests = pricing.freeTier ? Math.max(0, b.requests - FREE_REQUESTS) : b.requests;
  const paidGBs = pricing.freeTier ? Math.max(0, b.gbSeconds - FREE_GB_SECONDS) : b.gbSeconds;
  const requests = (paidRequests / 1_000_000) * pricing.requestsPerMillionUSD;
  const compute = paidGBs * gbSecondPrice + b.extraStorageGBSeconds * pricing.ephemeralStorageGBSecondUSD;
  const provisioned =
    b.provisionedAllocatedGBSeconds * pricing.provisionedGBSecondUSD +
    b.provisionedDurationGBSeconds * pricing.provisionedDurationGBSecondUSD;
  const cost = out ?? { requests: 0, compute: 0, provisioned: 0, total: 0 };
  cost.requests = requests;
  cost.compute = compute;
  cost.provisioned = provisioned;
  cost.total = requests + compute + provisioned;
  return cost;
}
