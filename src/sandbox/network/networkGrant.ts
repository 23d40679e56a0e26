// What handler code may reach for one run. A scenario only *asks* (scenario.sandbox.network);
// the grant is decided per run by the user (app dialog) or by `--allow-network` (CLI), and is
// never stored: every run starts from "off".
import type { Scenario } from '../../engine/scenarioTypes';

/** Why the network is off, so a failed fetch can say which rule stopped it. */
export type NetworkOffReason = 'not-asked' | 'declined' | 'cli' | 'not-offered';

export type NetworkGrant =
  | { kind: 'off'; why: NetworkOffReason }
  /** hosts: 'any' = any https host; otherwise host patterns as written in the scenario. */
  | { kind: 'on'; hosts: 'any' | string[] };

export const NETWORK_OFF: NetworkGrant = { kind: 'off', why: 'not-asked' };

/** The scenario's request, or null when it asks for nothing (absent or `allow: false`). */
export function networkRequest(scenario: Scenario): { hosts: 'any' | string[]; reason: string | null } | null {
  const ask = scenario.sandbox?.network;
  if (!ask || ask.allow === false) return null;
  return { hosts: ask.allow === true ? 'any' : ask.allow, reason: ask.reason?.trim() || null };
}

/** The grant for one run: `allowed` is the user's answer for this run (false when not asked). */
export function grantForRun(scenario: Scenario, allowed: boolean, offWhy: NetworkOffReason = 'declined'): NetworkGrant {
  const ask = networkRequest(scenario);
  if (!ask) return NETWORK_OFF;
  return allowed ? { kind: 'on', hosts: ask.hosts } : { kind: 'off', why: offWhy };
}

/** Same key = same sandbox policy (the browser sandbox is recreated when it changes). */
export function grantKey(grant: NetworkGrant | undefined): string {
  if (!grant || grant.kind === 'off') return 'off';
  return grant.hosts === 'any' ? 'on:any' : `on:${grant.hosts.join(',')}`;
}

/** The human wording of what is asked: "any https host" or "a, b". */
export function describeHosts(hosts: 'any' | string[]): string {
  return hosts === 'any' ? 'any https:// host' : hosts.join(', ');
}
