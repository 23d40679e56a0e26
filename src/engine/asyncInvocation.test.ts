import { describe, expect, it } from 'vitest';
import type { FunctionNode, Scenario } from './scenarioTypes';
import type { Delivery } from './simulationTypes';
import { createSimulation } from './createSimulation';
import { createScriptedHost } from './testing/scriptedHost';

const failing = { ok: false as const, error: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] }, status: 'error' as const };

function asyncScenario(fn: Partial<FunctionNode> = {}, extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    name: 'async',
    seed: 1,
    durationSeconds: 600,
    cpu: 'ignored',
    nodes: [
      { id: 'c', kind: 'client', name: 'c', traffic: { pattern: 'burst', count: 1, atSecond: 0 }, payloads: [{ body: { order: 7 } }] },
      { id: 'f', kind: 'function', name: 'worker', files: { 'index.mjs': '' }, coldStart: { runtimeInitMs: 0 }, ...fn },
      { id: 'dlq', kind: 'sqsQueue', name: 'dlq' },
      { id: 'fail', kind: 'sqsQueue', name: 'failures' },
    ],
    edges: [
      { id: 'e', from: 'c', to: 'f', kind: 'invoke', config: { invocationType: 'Event' } },
      { id: 'd', from: 'f', to: 'dlq', kind: 'deadLetter' },
      { id: 'o', from: 'f', to: 'fail', kind: 'onFailure' },
    ],
    ...extra,
  };
}

describe('asynchronous invocation', () => {
  it('retries a failing event at ~0 s, ~60 s and ~180 s (plus durations), then sends it to the DLQ and on-failure destination', () => {
    const attemptsAt: number[] = [];
    const requestIds = new Set<string>();
    const host = createScriptedHost({
      initMs: 0,
      handle: (req) => {
        attemptsAt.push(req.deadlineMs - 3000);
        requestIds.add(req.requestId);
        return { durationMs: 500, outcome: failing };
      },
    });
    const deliveries: Delivery[] = [];
    const sim = createSimulation(asyncScenario(), host, { onDelivery: (d) => deliveries.push(d) });
    sim.run(Infinity);
    const r = sim.report();
    expect(r.clients.c.statusCodes).toEqual({ '202': 1 });
    expect(r.functions.f.Invocations).toBe(3);
    expect(r.functions.f.Errors).toBe(3);
    expect(r.functions.f.Retries).toBe(2);
    expect(r.functions.f.AsyncEventsReceived).toBe(1);
    expect(r.functions.f.AsyncEventsDropped).toBe(1);
    expect(requestIds.size).toBe(1); // retries keep the request id
    // 1 minute after the first attempt ends, then 2 minutes after the second ends
    expect(attemptsAt).toEqual([0, 60_500, 181_000]);
    expect(deliveries.map((d) => [d.kind, d.targetId, d.tMs])).toEqual([
      ['deadLetter', 'dlq', 181_500],
      ['onFailure', 'fail', 181_500],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) as unknown[]);
    expect(deliveries.find((d) => d.kind === 'deadLetter')?.body).toEqual({ order: 7 });
    expect(deliveries.find((d) => d.kind === 'onFailure')?.body).toMatchObject({
      version: '1.0',
      requestContext: {
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:worker:$LATEST',
      },
      requestPayload: { order: 7 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'Error', errorMessage: 'boom' },
    });
    expect(r.destinations).toEqual({ dlq: { received: 1 }, fail: { received: 1 } });
  });

  it('maximumRetryAttempts 0 fails after one attempt; success goes to onSuccess', () => {
    const host = createScriptedHost({ initMs: 0, handle: () => ({ durationMs: 10, outcome: failing }) });
    const sim = createSimulation(asyncScenario({ async: { maximumRetryAttempts: 0 } }), host);
    sim.run(Infinity);
    expect(sim.report().functions.f.Invocations).toBe(1);

    const s = asyncScenario();
    s.nodes.push({ id: 'ok', kind: 'function', name: 'ok', files: { 'index.mjs': '' } });
    s.edges.push({ id: 's', from: 'f', to: 'ok', kind: 'onSuccess' });
    const deliveries: Delivery[] = [];
    const sim2 = createSimulation(s, createScriptedHost({ initMs: 0, handle: () => ({ durationMs: 10, outcome: { ok: true, payload: { done: 1 } } }) }), {
      onDelivery: (d) => deliveries.push(d),
    });
    sim2.run(Infinity);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0].body).toMatchObject({ requestContext: { condition: 'Success', approximateInvokeCount: 1 }, responsePayload: { done: 1 } });
    // the destination function is itself invoked asynchronously with the record
    expect(sim2.report().functions.ok).toMatchObject({ AsyncEventsReceived: 1, Invocations: 1 });
  });

  it('reserved concurrency 0 sends async events straight to the failure path, without retries', () => {
    const host = createScriptedHost({ initMs: 0, handle: () => ({ durationMs: 10 }) });
    const deliveries: Delivery[] = [];
    const sim = createSimulation(asyncScenario({ reservedConcurrency: 0 }), host, { onDelivery: (d) => deliveries.push(d) });
    sim.run(Infinity);
    const f = sim.report().functions.f;
    expect(f.Invocations).toBe(0);
    expect(f.Throttles).toBe(1);
    expect(f.AsyncEventsDropped).toBe(1);
    expect(deliveries.map((d) => d.tMs)).toEqual([0, 0]);
    expect(deliveries.find((d) => d.kind === 'onFailure')?.body).toMatchObject({ requestContext: { approximateInvokeCount: 0 } });
  });

  it('throttled events are retried with backoff until they are older than maximumEventAgeSeconds', () => {
    const host = createScriptedHost({ initMs: 0, handle: () => ({ durationMs: 1_000_000 }) });
    // one long-running sync request holds the only reserved slot; the async event keeps being throttled
    const s = asyncScenario({ reservedConcurrency: 1, timeoutSeconds: 900, async: { maximumEventAgeSeconds: 60 } });
    s.nodes.push({ id: 'hog', kind: 'client', name: 'hog', traffic: { pattern: 'burst', count: 1, atSecond: 0 } });
    const c = s.nodes[0];
    if (c.kind === 'client') c.traffic = { pattern: 'burst', count: 1, atSecond: 0.5 };
    s.edges.unshift({ id: 'h', from: 'hog', to: 'f', kind: 'invoke' });
    const deliveries: Delivery[] = [];
    const sim = createSimulation(s, host, { onDelivery: (d) => deliveries.push(d) });
    sim.run(Infinity);
    const f = sim.report().functions.f;
    // attempts at 0.5, 1.5, 3.5, 7.5, 15.5, 31.5 s (backoff 1, 2, 4, 8, 16 s); the next (at 63.5 s) would be too old
    expect(f.Throttles).toBe(6); // the hog itself was admitted
    expect(f.AsyncEventsDropped).toBe(1);
    expect(deliveries.find((d) => d.kind === 'onFailure')?.body).toMatchObject({ requestContext: { condition: 'EventAgeExceeded' } });
    expect(deliveries[0].tMs).toBe(31_500);
  });

  it('a missing execution-role permission counts DeadLetterErrors and DestinationDeliveryFailures', () => {
    const host = createScriptedHost({ initMs: 0, handle: () => ({ durationMs: 10, outcome: failing }) });
    const sim = createSimulation(asyncScenario({ permissions: [], async: { maximumRetryAttempts: 0 } }), host);
    sim.run(Infinity);
    const r = sim.report();
    expect(r.functions.f.DeadLetterErrors).toBe(1);
    expect(r.functions.f.DestinationDeliveryFailures).toBe(1);
    expect(r.destinations).toEqual({});
  });
});
