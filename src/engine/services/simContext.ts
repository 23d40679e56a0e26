import type { InvocationResult } from '../invocation';
import type { Rng } from '../rng';

/** What service and event-source modules may ask of the simulation core. */
export interface SimContext {
  nowMs(): number;
  /** A lineage step for the UI's "where did this go, and why" view (no-op unless journaling). */
  trace(traceId: string, step: string, rule?: string, functionId?: string, links?: string[]): void;
  /** Run cb at virtual time tMs (>= now). */
  at(tMs: number, cb: () => void): void;
  rng(stream: string): Rng;
  uuid(): string;
  hasFunction(id: string): boolean;
  functionTimeoutMs(id: string): number;
  /** Returns the request id of the invocation. */
  invokeSync(functionId: string, event: unknown, lineage: number, done: (result: InvocationResult) => void): string;
  invokeAsync(functionId: string, event: unknown, lineage: number): void;
  /** A function dropped an event of a recursive loop (RecursiveInvocationsDropped). */
  countRecursionDrop(functionId: string): void;
  /** Whether the function stops recursive loops (recursiveLoop: 'Terminate', the default). */
  terminatesRecursion(functionId: string): boolean;
  countRetry(functionId: string): void;
}

/** AWS stops a recursive chain after about 16 invocations (DG invocation-recursion). */
export const RECURSION_LIMIT = 16;

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const arn = (service: string, resource: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;
export const queueUrl = (name: string) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;

/** Accepts a name, an ARN or (SQS) a queue URL, and returns the resource name. */
export function resourceName(ref: unknown): string {
  const text = String(ref ?? '');
  if (text.startsWith('https://')) return text.split('/').pop() ?? '';
  if (!text.startsWith('arn:')) return text;
  const resource = text.split(':').slice(5).join(':');
  if (resource.startsWith('function:')) return resource.split(':')[1];
  if (resource.startsWith('table/') || resource.startsWith('stream/')) return resource.split('/')[1];
  if (resource.startsWith('parameter/')) return resource.slice('parameter'.length);
  return resource;
}

export class ServiceError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
  }
}
