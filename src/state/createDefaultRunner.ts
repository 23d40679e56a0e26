import { createBrowserRunner, prefetchRunner } from '../sandbox/browser/createBrowserRunner';
import type { Runner } from '../sandbox/runner';

/** The app's runner: engine and handler code in a sandboxed worker, off the main thread. */
export function createDefaultRunner(): Runner {
  return createBrowserRunner();
}

/** Fetches the runner's code ahead of the first Run (call when the page is idle). */
export const prefetchDefaultRunner = prefetchRunner;
