// The sandbox's own rule check before a real request: a refusal names the rule, so the user
// sees why instead of a bare "Failed to fetch" from the browser's CSP.
import { matchesHostRule, parseHostRule } from './hostRules';
import { describeHosts, type NetworkGrant } from './networkGrant';

const OFF_MESSAGES = {
  'not-asked':
    'network access is off for this scenario; it does not ask for it (a scenario asks with "sandbox.network" and the user allows it each time it runs)',
  declined: 'network access is off for this run; you chose "Run without network" (the next Run asks again)',
  cli: 'network access is off for this run; the scenario asks for it, but `npm run simulate` needs --allow-network to allow it',
  'not-offered':
    'network access is off for this run; the scenario asks for it, but only Run and the Test tab (which ask you first) can turn it on',
} as const;

/** The URL to request, or an error message (without the "fetch failed: " prefix). */
export function checkFetchUrl(grant: NetworkGrant, input: string): { ok: true; url: URL } | { ok: false; error: string } {
  if (grant.kind === 'off') return { ok: false, error: OFF_MESSAGES[grant.why] };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, error: `${JSON.stringify(input)} is not an absolute URL (handlers have no page to be relative to)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `only http(s) URLs can be fetched, not ${url.protocol}` };
  }
  const allowed =
    grant.hosts === 'any' ? url.protocol === 'https:' : grant.hosts.some((pattern) => matchesHostRule(parseHostRule(pattern), url));
  if (!allowed) {
    return {
      ok: false,
      error: `network access to ${url.origin} is not allowed; this scenario may reach only ${describeHosts(grant.hosts)} (sandbox.network.allow)`,
    };
  }
  return { ok: true, url };
}
