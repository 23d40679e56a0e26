// The security boundary: an <iframe sandbox="allow-scripts"> (opaque origin: no access to the
// app's storage, cookies or DOM) with a CSP that forbids network access, or, for a run the user
// allowed network for, permits connections to exactly the granted hosts. It starts the sandbox
// worker from the source text we send, as a classic blob: worker (inherits origin and CSP), and
// hands it one end of a MessageChannel: from then on the app talks only through that port.

export interface SandboxConnection {
  port: MessagePort;
  /** Removes the iframe: kills its process and worker, even one stuck in a loop. */
  destroy(): void;
}

import { cspSource } from '../network/hostRules';
import type { NetworkGrant } from '../network/networkGrant';

/** connect-src for a grant: 'none' unless the user allowed this run's network. */
export function connectSources(grant: NetworkGrant | undefined): string {
  if (!grant || grant.kind === 'off') return "'none'";
  return grant.hosts === 'any' ? 'https:' : grant.hosts.map(cspSource).join(' ');
}

export function sandboxCsp(grant?: NetworkGrant): string {
  return `default-src 'none'; script-src 'unsafe-eval' blob: 'unsafe-inline'; worker-src blob:; connect-src ${connectSources(grant)}`;
}

const BOOTSTRAP = `(function () {
  var started = false;
  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || started) return;
    var data = event.data;
    if (!data || data.type !== 'lp-boot' || typeof data.source !== 'string' || !event.ports[0]) return;
    started = true;
    var url = URL.createObjectURL(new Blob([data.source], { type: 'text/javascript' }));
    var worker = new Worker(url);
    worker.postMessage({ type: 'lp-connect' }, [event.ports[0]]);
  });
  window.parent.postMessage({ type: 'lp-frame-ready' }, '*');
})();`;

export function sandboxFrameHtml(grant?: NetworkGrant): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${sandboxCsp(grant)}"></head><body><script>${BOOTSTRAP}</script></body></html>`;
}

export const SANDBOX_FRAME_HTML = sandboxFrameHtml();

export function createSandboxFrame(workerSource: string, grant?: NetworkGrant, timeoutMs = 10_000): Promise<SandboxConnection> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('title', 'Lambda Playground sandbox');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
    iframe.srcdoc = sandboxFrameHtml(grant);
    let settled = false;
    const destroy = () => {
      window.removeEventListener('message', onMessage);
      iframe.remove();
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      destroy();
      reject(new Error('The sandbox did not start within 10 s.'));
    }, timeoutMs);
    function onMessage(event: MessageEvent): void {
      if (settled || event.source !== iframe.contentWindow) return;
      const data = event.data as { type?: unknown } | null;
      if (!data || data.type !== 'lp-frame-ready' || !iframe.contentWindow) return;
      settled = true;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      const channel = new MessageChannel();
      iframe.contentWindow.postMessage({ type: 'lp-boot', source: workerSource }, '*', [channel.port2]);
      resolve({ port: channel.port1, destroy });
    }
    window.addEventListener('message', onMessage);
    document.body.appendChild(iframe);
  });
}
