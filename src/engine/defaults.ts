import { loggingSettings, type LoggingSettings } from './logLevels';
import type { AccountSettings, FunctionNode, Pricing } from './scenarioTypes';

// Documented assumptions where AWS publishes no number (lambda-semantics.md). The UI shows
// these as editable defaults, never as facts.

/** Platform + Node.js runtime start before the module's own init code runs. */
export const RUNTIME_INIT_MS: Record<string, number> = {
  'nodejs18.x': 140,
  'nodejs20.x': 140,
  'nodejs22.x': 150,
  'nodejs24.x': 160,
};
export const DEFAULT_RUNTIME_INIT_MS = 150;

/** How long an idle environment lives before it is reaped (observed: minutes to about an hour). */
export const DEFAULT_IDLE_LIFETIME_SECONDS = 600;

/**
 * A VPC function is Pending while its shared Hyperplane ENI is created; AWS gives no fixed figure
 * (its 2019 announcement: about 90 s or less). Assumption, editable: account.vpcPendingSeconds.
 */
export const DEFAULT_VPC_PENDING_SECONDS = 30;
/** Pre-2019: each new environment created its own ENI at cold start, adding seconds (commonly 8-10 s). */
export const DEFAULT_LEGACY_VPC_ENI_SECONDS = 10;

/**
 * Environments are recycled "every few hours" even under steady traffic (AWS gives no figure):
 * 4 hours by default; account.maxEnvironmentLifetimeSeconds = null turns it off.
 */
export const DEFAULT_MAX_LIFETIME_SECONDS = 4 * 3600;

/** Lambda's Init phase limit. */
export const INIT_LIMIT_MS = 10_000;

export const LIST_PRICES: Pricing = {
  requestsPerMillionUSD: 0.2,
  x86GBSecondUSD: 0.0000166667,
  arm64GBSecondUSD: 0.0000133334,
  provisionedGBSecondUSD: 0.0000041667,
  provisionedDurationGBSecondUSD: 0.0000097222,
  ephemeralStorageGBSecondUSD: 0.0000000309,
  freeTier: false,
};

export interface AccountConfig {
  concurrencyLimit: number;
  unreservedMinimum: number;
  scalingEnvironmentsPer10s: number;
  idleLifetimeMs: number;
  maxLifetimeMs: number;
  legacyBurstScaling: boolean;
  legacyVpcNetworking: boolean;
  vpcPendingMs: number;
  legacyVpcEniMs: number;
  pricing: Pricing;
}

export function accountConfig(account: AccountSettings | undefined): AccountConfig {
  const maxLifetime = account?.maxEnvironmentLifetimeSeconds;
  return {
    concurrencyLimit: account?.concurrencyLimit ?? 1000,
    unreservedMinimum: account?.unreservedMinimum ?? 100,
    scalingEnvironmentsPer10s: account?.scalingEnvironmentsPer10s ?? 1000,
    idleLifetimeMs: (account?.idleEnvironmentLifetimeSeconds ?? DEFAULT_IDLE_LIFETIME_SECONDS) * 1000,
    maxLifetimeMs: maxLifetime === null ? Infinity : (maxLifetime ?? DEFAULT_MAX_LIFETIME_SECONDS) * 1000,
    legacyBurstScaling: account?.legacyBurstScaling ?? false,
    legacyVpcNetworking: account?.legacyVpcNetworking ?? false,
    vpcPendingMs: (account?.vpcPendingSeconds ?? DEFAULT_VPC_PENDING_SECONDS) * 1000,
    legacyVpcEniMs: (account?.legacyVpcEniSeconds ?? DEFAULT_LEGACY_VPC_ENI_SECONDS) * 1000,
    pricing: { ...LIST_PRICES, ...account?.pricing },
  };
}

export interface FunctionConfig {
  id: string;
  name: string;
  runtime: string;
  handler: string;
  files: Record<string, string>;
  memoryMB: number;
  timeoutMs: number;
  ephemeralStorageMB: number;
  architecture: 'x86_64' | 'arm64';
  environment: Record<string, string>;
  reservedConcurrency: number | null;
  provisionedConcurrency: number;
  runtimeInitMs: number;
  arn: string;
  logging: LoggingSettings;
}

export const REGION = 'us-east-1';
export const ACCOUNT_ID = '123456789012';

export function functionConfig(node: FunctionNode): FunctionConfig {
  const runtime = node.runtime ?? 'nodejs22.x';
  return {
    id: node.id,
    name: node.name,
    runtime,
    handler: node.handler ?? 'index.handler',
    files: node.files,
    memoryMB: node.memoryMB ?? 128,
    timeoutMs: (node.timeoutSeconds ?? 3) * 1000,
    ephemeralStorageMB: node.ephemeralStorageMB ?? 512,
    architecture: node.architecture ?? 'x86_64',
    environment: node.environment ?? {},
    reservedConcurrency: node.reservedConcurrency ?? null,
    provisionedConcurrency: node.provisionedConcurrency ?? 0,
    runtimeInitMs: node.coldStart?.runtimeInitMs ?? RUNTIME_INIT_MS[runtime] ?? DEFAULT_RUNTIME_INIT_MS,
    arn: `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${node.name}`,
    logging: loggingSettings(node),
  };
}

/** CPU share follows memory: 1,769 MB = 1 vCPU; below that, single-threaded work runs slower. */
export function cpuScaleFor(memoryMB: number): number {
  return Math.max(1, 1769 / memoryMB);
}
