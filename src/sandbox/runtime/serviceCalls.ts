// The AWS SDK calls one environment has in flight. Each is a promise of the sandbox realm that
// the engine settles later (SandboxEnvironment.completeCall), after the simulated latency.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { EnvironmentKernel, ServiceName, ServiceRequest, ServiceResponse } from '../../engine/handlerHost';
import type { PromiseRealm, SandboxPromise } from './promiseRealm';
import { createSdkError, type ResponseMetadata } from './awsSdk/sdkError';

interface PendingCall {
  service: ServiceName;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export class ServiceCalls {
  private lastId = 0;
  private readonly pending = new Map<number, PendingCall>();

  constructor(private readonly seed: number) {}

  get size(): number {
    return this.pending.size;
  }

  has(callId: number): boolean {
    return this.pending.has(callId);
  }

  start(realm: PromiseRealm, kernel: EnvironmentKernel, atMs: number, request: ServiceRequest): SandboxPromise {
    // The SDK serializes the input when send() is called: later mutation must not reach the service.
    const input = structuredClone(request.input);
    const callId = ++this.lastId;
    let call: PendingCall | undefined;
    const promise = new realm.Promise((resolve: any, reject: any) => {
      call = { service: request.service, resolve, reject };
    }) as SandboxPromise;
    this.pending.set(callId, call as PendingCall);
    kernel.callService(atMs, callId, { service: request.service, operation: request.operation, input });
    return promise;
  }

  /** Settles the call's promise; the caller drains the job queue. */
  finish(callId: number, response: ServiceResponse): void {
    const call = this.pending.get(callId);
    if (!call) return;
    this.pending.delete(callId);
    if (response.ok) {
      const output: Record<string, unknown> = { $metadata: this.metadata(callId, 200, call.service) };
      // Absent members are absent in SDK outputs, not present with the value undefined.
      for (const [key, value] of Object.entries(structuredClone(response.output))) if (value !== undefined) output[key] = value;
      call.resolve(output);
    } else {
      call.reject(createSdkError(call.service, response.error, this.metadata(callId, response.error.statusCode, call.service)));
    }
  }

  clear(): void {
    this.pending.clear();
  }

  /** A request id that is stable for a given seed and call, without drawing from Math.random's stream. */
  private metadata(callId: number, httpStatusCode: number, service: ServiceName): ResponseMetadata {
    const hex = (n: number) => (mix(this.seed, callId, n) >>> 0).toString(16).padStart(8, '0');
    const raw = hex(1) + hex(2) + hex(3) + hex(4);
    const requestId =
      service === 's3'
        ? raw.slice(0, 16).toUpperCase()
        : `${raw.slice(0, 8)}-${raw.slice(8, 12)}-4${raw.slice(13, 16)}-a${raw.slice(17, 20)}-${raw.slice(20, 32)}`;
    return {
      httpStatusCode,
      requestId,
      extendedRequestId: service === 's3' ? `${raw}${raw}`.slice(0, 56) : undefined,
      cfId: undefined,
      attempts: 1,
      totalRetryDelay: 0,
    };
  }
}

function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(c, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return h ^ (h >>> 15);
}
