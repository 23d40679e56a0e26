import type { DecodeResult } from './decodeShareLink';

export interface LinkBanner {
  tone: 'info' | 'error';
  text: string;
}

/** What the open-link banner says, so every shell words it the same way. */
export function linkBannerText(result: DecodeResult): LinkBanner {
  if (!result.ok) return { tone: 'error', text: `${result.error} Your own work is unchanged.` };
  const migrated =
    result.migratedFrom === undefined
      ? ''
      : ` It was made with an older version of Lambda Playground (format v${result.migratedFrom}) and has been updated.`;
  const network = result.scenario.sandbox?.network;
  const where =
    network && network.allow !== false
      ? 'Its code runs sandboxed in this tab, never on a server; it asks for network access, which you will be asked to allow (or not) each time it runs.'
      : 'Its code runs sandboxed in this tab and offline, never on a server.';
  return { tone: 'info', text: `Opened “${result.scenario.name}” from a link. ${where}${migrated}` };
}
