import type { Scenario } from '../../engine/scenarioTypes';
import { bytesToBase64url } from './base64url';
import { deflateRaw } from './deflateRaw';
import { SHARE_LINK_BUDGET_CHARS, SHARE_PREFIX } from './shareLinkFormat';

/** The URL fragment payload (without "#") that opens this exact scenario. */
export async function encodeShareLink(scenario: Scenario): Promise<string> {
  const json = JSON.stringify(scenario);
  const packed = await deflateRaw(new TextEncoder().encode(json));
  return SHARE_PREFIX + bytesToBase64url(packed);
}

/** Full link length for this scenario: `${baseUrl}#${payload}` (baseUrl '' = the fragment alone). */
export async function shareLinkLength(scenario: Scenario, baseUrl = ''): Promise<number> {
  const payload = await encodeShareLink(scenario);
  return (baseUrl ? baseUrl.length + 1 : 0) + payload.length;
}

export interface ShareBudget {
  length: number;
  budget: number;
  fits: boolean;
  /** What to tell the user when it does not fit; undefined when it does. */
  warning?: string;
}

export function checkShareLinkBudget(length: number, budget = SHARE_LINK_BUDGET_CHARS): ShareBudget {
  const fits = length <= budget;
  return fits
    ? { length, budget, fits }
    : {
        length,
        budget,
        fits,
        warning:
          `This link is ${length.toLocaleString('en-US')} characters; chat apps often cut links at ` +
          `${budget.toLocaleString('en-US')}. Export a .json file instead, or shorten the code.`,
      };
}
