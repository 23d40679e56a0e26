import type { InvocationResult } from '../invocation';
import { isoTime, SIMULATION_EPOCH_MS } from '../clock';
import { ACCOUNT } from '../services/simContext';

// API Gateway REST (payload 1.0), HTTP API and function URLs (payload 2.0): the request events
// and the response mapping (DG services-apigateway, urls-invocation).

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  body: string | null;
}

/**
 * A client payload describes the HTTP request: {method, path, headers, query, body}. Any other
 * payload is sent as a JSON body with POST /.
 */
export function httpRequestFrom(payload: unknown): HttpRequest {
  const p = (payload ?? {}) as Record<string, unknown>;
  const shaped = typeof p === 'object' && ('method' in p || 'path' in p || 'httpMethod' in p);
  const headers = { 'content-type': 'application/json', 'user-agent': 'lambda-playground-client/1.0', ...(shaped ? (p.headers as Record<string, string>) : {}) };
  if (!shaped) return { method: 'POST', path: '/', headers, query: {}, body: JSON.stringify(payload ?? {}) };
  const rawBody = p.body;
  return {
    method: String(p.method ?? p.httpMethod ?? 'GET').toUpperCase(),
    path: String(p.path ?? '/'),
    headers,
    query: (p.query as Record<string, string>) ?? {},
    body: rawBody === undefined || rawBody === null ? null : typeof rawBody === 'string' ? rawBody : JSON.stringify(rawBody),
  };
}

export function restApiEvent(req: HttpRequest, apiId: string, requestId: string, nowMs: number) {
  const hasQuery = Object.keys(req.query).length > 0;
  return {
    resource: '/{proxy+}',
    path: req.path,
    httpMethod: req.method,
    headers: req.headers,
    multiValueHeaders: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: hasQuery ? req.query : null,
    multiValueQueryStringParameters: hasQuery ? Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, [v]])) : null,
    pathParameters: { proxy: req.path.replace(/^\//, '') },
    stageVariables: null,
    requestContext: {
      accountId: ACCOUNT,
      apiId,
      domainName: `${apiId}.execute-api.us-east-1.amazonaws.com`,
      domainPrefix: apiId,
      extendedRequestId: requestId.slice(0, 16),
      httpMethod: req.method,
      identity: { sourceIp: '203.0.113.10', userAgent: req.headers['user-agent'] ?? null },
      path: `/prod${req.path}`,
      protocol: 'HTTP/1.1',
      requestId,
      requestTime: isoTime(nowMs),
      requestTimeEpoch: SIMULATION_EPOCH_MS + Math.floor(nowMs),
      resourceId: 'abc123',
      resourcePath: '/{proxy+}',
      stage: 'prod',
    },
    body: req.body,
    isBase64Encoded: false,
  };
}

export function httpApiEvent(req: HttpRequest, domainPrefix: string, requestId: string, nowMs: number, functionUrl: boolean) {
  const query = new URLSearchParams(req.query).toString();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: req.path,
    rawQueryString: query,
    headers: req.headers,
    queryStringParameters: query ? req.query : undefined,
    requestContext: {
      accountId: functionUrl ? 'anonymous' : ACCOUNT,
      apiId: domainPrefix,
      domainName: functionUrl ? `${domainPrefix}.lambda-url.us-east-1.on.aws` : `${domainPrefix}.execute-api.us-east-1.amazonaws.com`,
      domainPrefix,
      http: { method: req.method, path: req.path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: req.headers['user-agent'] },
      requestId,
      routeKey: '$default',
      stage: '$default',
      time: isoTime(nowMs),
      timeEpoch: SIMULATION_EPOCH_MS + Math.floor(nowMs),
    },
    body: req.body ?? undefined,
    isBase64Encoded: false,
  };
}

export interface HttpResponse {
  statusCode: number;
  body: string;
}

/** What the caller receives for a Lambda result, by payload version. */
export function mapHttpResponse(result: InvocationResult, payloadVersion: '1.0' | '2.0', via: 'apiGateway' | 'functionUrl'): HttpResponse {
  if (result.kind === 'throttled') {
    // API Gateway turns a Lambda throttle into 500 (the throttle is Lambda's, not the client's);
    // a function URL passes 429 through.
    return via === 'apiGateway'
      ? { statusCode: 500, body: '{"message":"Internal server error"}' }
      : { statusCode: 429, body: '{"Message":"Rate Exceeded."}' };
  }
  const outcome = result.outcome;
  if (!outcome.ok) {
    return via === 'apiGateway'
      ? { statusCode: 502, body: '{"message":"Internal server error"}' }
      : { statusCode: 502, body: 'Internal Server Error' };
  }
  const value = outcome.payload;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject && 'statusCode' in value) {
    const status = Number((value as { statusCode: unknown }).statusCode);
    const body = (value as { body?: unknown }).body;
    if (!Number.isInteger(status) || status < 100 || status > 599 || (body !== undefined && typeof body !== 'string')) {
      return { statusCode: 502, body: '{"message":"Internal server error"}' };
    }
    return { statusCode: status, body: body ?? '' };
  }
  if (payloadVersion === '1.0') {
    // REST proxy integrations require {statusCode, body}: anything else is a malformed response.
    return { statusCode: 502, body: '{"message":"Internal server error"}' };
  }
  // Payload 2.0: a result without statusCode means 200 with the result as a JSON body.
  return { statusCode: 200, body: typeof value === 'string' ? value : JSON.stringify(value ?? null) };
}
