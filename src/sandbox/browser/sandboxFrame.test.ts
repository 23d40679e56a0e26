import { expect, it } from 'vitest';
import { SANDBOX_FRAME_HTML } from './sandboxFrame';

it('pins the sandbox document: CSP without network, and a bootstrap that only trusts the parent', () => {
  expect(SANDBOX_FRAME_HTML).toContain(
    `content="default-src 'none'; script-src 'unsafe-eval' blob: 'unsafe-inline'; worker-src blob:; connect-src 'none'"`,
  );
  expect(SANDBOX_FRAME_HTML).toContain('event.source !== window.parent');
  expect(SANDBOX_FRAME_HTML).toContain("new Worker(url)");
  expect(SANDBOX_FRAME_HTML.indexOf('Content-Security-Policy')).toBeLessThan(SANDBOX_FRAME_HTML.indexOf('<script>'));
});
