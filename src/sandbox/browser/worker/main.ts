// Entry of the sandbox worker bundle (built by scripts/viteSandboxWorkerPlugin.ts as one IIFE).
// The iframe hands us a MessagePort from the app; we speak only through it, so other frames
// cannot spoof messages.
import { createSimulation } from '../../../engine/createSimulation';
import { startSandboxServer, type PortLike } from './sandboxServer';

const tick = new MessageChannel();
const queued: (() => void)[] = [];
tick.port1.onmessage = () => {
  const fn = queued.shift();
  if (fn) fn();
};

const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null };
scope.onmessage = (event: MessageEvent) => {
  const data = event.data as { type?: unknown } | null;
  const port = event.ports[0];
  if (!data || data.type !== 'lp-connect' || !port) return;
  scope.onmessage = null;
  startSandboxServer(port as unknown as PortLike, {
    createSimulation,
    realNow: () => performance.now(),
    soon: (fn) => {
      queued.push(fn);
      tick.port2.postMessage(0);
    },
    later: (fn, ms) => setTimeout(fn, ms),
  });
};
