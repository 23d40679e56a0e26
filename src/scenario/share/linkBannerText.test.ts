import { describe, expect, it } from 'vitest';
import { linkBannerText } from './linkBannerText';
import { helloColdStarts } from '../gallery/helloColdStarts';

describe('linkBannerText', () => {
  it('says where the scenario came from and that its code is sandboxed', () => {
    expect(linkBannerText({ ok: true, scenario: helloColdStarts })).toEqual({
      tone: 'info',
      text: 'Opened “Hello, cold starts” from a link. Its code runs sandboxed in this tab and offline, never on a server.',
    });
  });

  it('mentions a migration', () => {
    expect(linkBannerText({ ok: true, scenario: helloColdStarts, migratedFrom: 0 }).text).toMatch(
      /format v0\) and has been updated\.$/,
    );
  });

  it('reassures on errors', () => {
    expect(linkBannerText({ ok: false, error: 'This link is damaged.' })).toEqual({
      tone: 'error',
      text: 'This link is damaged. Your own work is unchanged.',
    });
  });
});
