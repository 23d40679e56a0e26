import type { Pricing } from './scenarioTypes';
import type { FunctionReport, Report, SecondSample } from './reportTypes';
import type { FunctionState } from './functionState';
import { costOf, provisionedAllocatedGBSeconds } from './billing';

export interface ReportInput {
  scenarioName: string;
  seed: number;
  nowMs: number;
  functions: FunctionState[];
  clients: { id: string; requests: number; statusCodes: Record<string, number> }[];
  accountMaxBusy: number;
  accountThrottles: number;
  pricing: Pricing;
  series: SecondSample[] | null;
  destinations: Record<string, { received: number }>;
  queues: Report['queues'];
  streams: Report['streams'];
  iteratorAgeMaxMs: (functionId: string) => number;
}

// Figures are rounded to fixed decimals so a report is byte-identical across platforms.
const r3 = (x: number) => Math.round(x * 1000) / 1000;
// Money and GB-s keep 10 significant digits: tiny per-request costs must not round to 0.
const r9 = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(10)));

export function buildReport(input: ReportInput): Report {
  const functions: Record<string, FunctionReport> = {};
  for (const fn of input.functions) {
    const m = fn.metrics;
    // Provisioned concurrency is paid for every second it stays allocated, used or not.
    const allocatedGBs = provisionedAllocatedGBSeconds(fn.config.provisionedConcurrency, fn.config.memoryMB, input.nowMs);
    const billing = { ...m.billing, provisionedAllocatedGBSeconds: allocatedGBs };
    const cost = costOf(billing, input.pricing, fn.config.architecture);
    functions[fn.config.id] = {
      Invocations: m.invocations,
      Errors: m.errors,
      Throttles: m.throttles,
      Retries: m.retries,
      ColdStarts: m.coldStarts,
      Duration: {
        avg: r3(m.duration.avg),
        p50: r3(m.duration.quantile(0.5)),
        p90: r3(m.duration.quantile(0.9)),
        p99: r3(m.duration.quantile(0.99)),
        max: r3(m.duration.max),
      },
      InitDuration: { avg: r3(m.initDuration.avg), max: r3(m.initDuration.max) },
      ConcurrentExecutions: { max: m.maxBusy, avg: r3(m.avgBusy(input.nowMs)) },
      Environments: { max: m.maxEnvironments, avg: r3(m.avgEnvironments(input.nowMs)) },
      ProvisionedConcurrencyInvocations: m.provisionedInvocations,
      ProvisionedConcurrencySpilloverInvocations: m.spilloverInvocations,
      AsyncEventsReceived: m.asyncReceived,
      AsyncEventsDropped: m.asyncDropped,
      AsyncEventAge: {
        avg: r3(m.asyncEventAgeCount ? m.asyncEventAgeSum / m.asyncEventAgeCount : 0),
        max: r3(m.asyncEventAgeMax),
      },
      DeadLetterErrors: m.deadLetterErrors,
      DestinationDeliveryFailures: m.destinationDeliveryFailures,
      IteratorAge: { max: r3(input.iteratorAgeMaxMs(fn.config.id)) },
      RecursiveInvocationsDropped: m.recursiveInvocationsDropped,
      BilledDurationMs: m.billing.billedDurationMs,
      GBSeconds: r9(m.billing.gbSeconds + m.billing.provisionedDurationGBSeconds),
      CostUSD: {
        requests: r9(cost.requests),
        compute: r9(cost.compute),
        provisioned: r9(cost.provisioned),
        total: r9(cost.total),
      },
    };
  }
  const clients: Report['clients'] = {};
  for (const c of input.clients) clients[c.id] = { requests: c.requests, statusCodes: { ...c.statusCodes } };
  const report: Report = {
    scenario: input.scenarioName,
    seed: input.seed,
    simulatedSeconds: r3(input.nowMs / 1000),
    functions,
    queues: input.queues,
    streams: input.streams,
    clients,
    destinations: input.destinations,
    account: { ConcurrentExecutions: { max: input.accountMaxBusy }, Throttles: input.accountThrottles },
  };
  if (input.series) report.series = input.series;
  return report;
}
