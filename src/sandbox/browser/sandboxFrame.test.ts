import { expect, it } from 'vitest';
import { SANDBOX_FRAME_HTML, sandboxCsp, sandboxFrameHtml } from './sandboxFrame';

it('pins the sandbox document: CSP without network, and a bootstrap that only trusts the parent', () => {
  expect(SANDBOX_FRAME_HTML).toContain(
    `content="default-src 'none'; script-src 'unsafe-eval' blob: 'unsafe-inline'; worker-src blob:; connect-src 'none'"`,
  );
  expect(SANDBOX_FRAME_HTML).toContain('event.source !== window.parent');
  expect(SANDBOX_FRAME_HTML).toContain("new Worker(url)");
  expect(SANDBOX_FRAME_HTML.indexOf('Content-Security-Policy')).toBeLessThan(SANDBOX_FRAME_HTML.indexOf('<script>'));
});

it('opens connect-src only to the hosts a run was granted', () => {
  expect(sandboxCsp({ kind: 'off', why: 'declined' })).toContain("connect-src 'none'");
  expect(sandboxCsp({ kind: 'on', hosts: ['api.example.com', 'http://127.0.0.1:4251'] })).toMatch(
    /connect-src https:\/\/api\.example\.com http:\/\/127\.0\.0\.1:4251$/,
  );
  expect(sandboxCsp({ kind: 'on', hosts: 'any' })).toMatch(/connect-src https:$/);
  expect(sandboxFrameHtml({ kind: 'on', hosts: 'any' })).toContain('connect-src https:"');
});
