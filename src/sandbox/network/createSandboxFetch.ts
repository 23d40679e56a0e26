// The `fetch` handlers see. Off (the default): a rejected promise whose message names the rule.
// On: a real request, limited to the granted hosts (the browser's CSP enforces the same list).
//
// Virtual time: while a real request is in flight the environment holds a native promise, so
// the host reports pending external work and the engine does not advance the clock (nothing
// else in the simulation happens meanwhile). When the answer arrives, the handler resumes only
// after a virtual wait equal to the measured round trip, so the invocation's Duration includes
// the real latency. Runs with the network on are therefore not reproducible.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CurrentEnv } from '../runtime/sandboxGlobals';
import { checkFetchUrl } from './checkFetchUrl';
import type { NetworkGrant } from './networkGrant';

export type NativeFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface SandboxFetchDeps {
  grant: NetworkGrant;
  /** The real fetch (worker or Node); only called when the grant allows the URL. */
  nativeFetch: NativeFetch | null;
  realNow(): number;
}

function urlOf(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object' && typeof (input as { url?: unknown }).url === 'string') return (input as { url: string }).url;
  return String(input);
}

/** Only plain, copyable parts of the init cross into the real request. */
function requestInit(init: any): RequestInit {
  const out: RequestInit = { credentials: 'omit', redirect: 'follow' };
  if (!init || typeof init !== 'object') return out;
  if (typeof init.method === 'string') out.method = init.method;
  const h = init.headers;
  if (h && typeof h === 'object') {
    const headers: Record<string, string> = {};
    if (Array.isArray(h)) for (const [k, v] of h) headers[String(k)] = String(v);
    else if (typeof h.forEach === 'function') h.forEach((v: unknown, k: string) => (headers[k] = String(v)));
    else for (const [k, v] of Object.entries(h)) headers[k] = String(v);
    out.headers = headers;
  }
  const body = init.body;
  if (typeof body === 'string') out.body = body;
  else if (body instanceof Uint8Array) out.body = new Uint8Array(body);
  else if (body instanceof ArrayBuffer) out.body = body.slice(0);
  return out;
}

/** A Response whose body readers return sandbox promises (a native `.then` would run outside the environment). */
function wrapResponse(res: Response, P: any): Record<string, unknown> {
  const read = (how: 'text' | 'json' | 'arrayBuffer') => () => P.resolve(res[how]());
  return {
    ok: res.ok,
    status: res.status,
    statusText: res.statusText,
    url: res.url,
    redirected: res.redirected,
    type: res.type,
    headers: res.headers,
    text: read('text'),
    json: read('json'),
    arrayBuffer: read('arrayBuffer'),
  };
}

export function createSandboxFetch(host: CurrentEnv, P: any, deps: SandboxFetchDeps): (input: unknown, init?: unknown) => unknown {
  return function fetch(input: unknown, init?: unknown) {
    const checked = checkFetchUrl(deps.grant, urlOf(input));
    if (!checked.ok || deps.nativeFetch === null) {
      const why = checked.ok ? 'this runtime has no network client' : checked.error;
      return P.reject(new TypeError(`fetch failed: ${why}`));
    }
    const env = host.cur;
    if (env === null) return P.reject(new TypeError('fetch failed: fetch was called outside of a running Lambda environment'));
    const nativeFetch = deps.nativeFetch;
    const startedMs = deps.realNow();
    return new P((resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
      // The measured round trip becomes a virtual wait before the handler sees the answer.
      const after = (settle: () => void) => env.addTimer(settle, Math.max(1, Math.round(deps.realNow() - startedMs)), null, false);
      P.resolve(nativeFetch(checked.url.href, requestInit(init))).then(
        (res: Response) => after(() => resolve(wrapResponse(res, P))),
        (error: unknown) => after(() => reject(new TypeError(`fetch failed: ${error instanceof Error ? error.message : String(error)}`))),
      );
    });
  };
}
