// Waits until the browser's processes have gone quiet. After the first interaction the page
// starts deferred work: the code editor and its TypeScript worker, the compiler's wasm (esbuild),
// and V8 optimising what ran. On this 2-core machine that is 4-5 s of CPU, most of it on
// background threads; a Run pressed before it ends shares the cores with it (a trace showed every
// main-thread task over 40 ms of one run in its first 4 s, beside 0.5-0.9 s of compiling per
// second). The wait is measured, not fixed: a fixed 2 s was enough on a quiet machine and not on
// a loaded one.
import type { CDPSession } from '@playwright/test';

interface ProcessInfo {
  type: string;
  id: number;
  cpuTime: number;
}

export interface QuietWait {
  waitedMs: number;
  /** False when the timeout came first. */
  quiet: boolean;
  /** CPU share (cores) of the browser's processes in the last window. */
  lastShare: number;
}

async function browserCpuSeconds(cdp: CDPSession): Promise<number> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as unknown as { processInfo: ProcessInfo[] };
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
}

/** Resolves once the browser used at most `maxShare` of a core over `windowMs` (or at the timeout). */
export async function waitForQuiet(cdp: CDPSession, windowMs = 1000, maxShare = 0.1, timeoutMs = 30_000): Promise<QuietWait> {
  const started = Date.now();
  let last = await browserCpuSeconds(cdp);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const now = await browserCpuSeconds(cdp);
    const share = (now - last) / (windowMs / 1000);
    last = now;
    const waitedMs = Date.now() - started;
    if (share <= maxShare || waitedMs >= timeoutMs) return { waitedMs, quiet: share <= maxShare, lastShare: Math.round(share * 100) / 100 };
  }
}
