// Host patterns from scenario.sandbox.network.allow: matching a request URL (the sandbox's own
// check, with a clear message) and the CSP connect-src sources (the browser's hard boundary).
// A bare host means https; write "http://host" for plain http. A missing port means the
// scheme's default port, as in CSP.

interface HostRule {
  scheme: 'http:' | 'https:';
  /** Lower case; for "*.example.com" this is "example.com" with `subdomains` set. */
  host: string;
  subdomains: boolean;
  port: string;
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

export function parseHostRule(pattern: string): HostRule {
  const m = /^(?:(https?):\/\/)?(\*\.)?([A-Za-z0-9.-]+)(?::(\d+))?$/i.exec(pattern.trim());
  if (!m) throw new Error(`not a host pattern: ${pattern}`);
  const scheme = (m[1] ? `${m[1].toLowerCase()}:` : 'https:') as HostRule['scheme'];
  return { scheme, host: m[3].toLowerCase(), subdomains: Boolean(m[2]), port: m[4] ?? DEFAULT_PORT[scheme] };
}

export function matchesHostRule(rule: HostRule, url: URL): boolean {
  if (url.protocol !== rule.scheme) return false;
  const port = url.port || DEFAULT_PORT[url.protocol];
  if (port !== rule.port) return false;
  const host = url.hostname.toLowerCase();
  return rule.subdomains ? host.endsWith(`.${rule.host}`) : host === rule.host;
}

/** One CSP source per pattern, with an explicit scheme (a srcdoc frame has no scheme of its own). */
export function cspSource(pattern: string): string {
  const r = parseHostRule(pattern);
  const port = r.port === DEFAULT_PORT[r.scheme] ? '' : `:${r.port}`;
  return `${r.scheme}//${r.subdomains ? '*.' : ''}${r.host}${port}`;
}
