// Start-up work that follows the first interaction runs one heavy part at a time. Instantiating
// esbuild's wasm and booting the editor's TypeScript worker are each about a second of CPU on
// background threads; together, on two cores, they starved the page's main thread, and a Run
// pressed then had main-thread tasks of 50-90 ms in its first seconds (UI bench, traced). The
// compiler goes first (a Run needs it); the editor waits for it.

let pending: Promise<void> | null = null;

/** The longest the editor waits for the compiler's warm-up (a stuck worker must not keep it away). */
export const STARTUP_WAIT_CAP_MS = 15_000;

/** Registers start-up work that later steps should not overlap. Failures count as done. */
export function startupWorkBegan(work: Promise<unknown>): void {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  pending = pending ? Promise.all([pending, settled]).then(() => undefined) : settled;
}

/** Calls `fn` once the registered start-up work has settled (at once if there is none); returns a cancel. */
export function afterStartupWork(fn: () => void, capMs = STARTUP_WAIT_CAP_MS): () => void {
  let cancelled = false;
  if (!pending) {
    fn();
    return () => {};
  }
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (cancelled) return;
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
    fn();
  };
  timer = setTimeout(run, capMs);
  void pending.then(run);
  return () => {
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
  };
}
