// The page's first user interaction (pointer, key, wheel or touch). Heavy code the first screen
// does not need (Monaco, Recharts, the sandbox and compiler chunks) waits for it, so the
// JavaScript a visitor downloads before they first touch the page is only the shell and canvas
// (issue 6: ≤ 600 KB gzip), and the first click never queues behind a multi-megabyte parse.
import { useEffect, useState } from 'react';

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let interacted = false;
const waiting = new Set<() => void>();

function onFirst(event: Event): void {
  // Only a person's input: script-dispatched events (our own or an extension's) do not count.
  if (!event.isTrusted || interacted) return;
  interacted = true;
  for (const type of EVENTS) window.removeEventListener(type, onFirst, true);
  for (const fn of waiting) fn();
  waiting.clear();
}

if (typeof window !== 'undefined') {
  for (const type of EVENTS) window.addEventListener(type, onFirst, { capture: true, passive: true });
}

export function hasInteracted(): boolean {
  return interacted;
}

/** Calls `fn` once, on the first interaction (at once if it already happened); returns a cancel. */
export function onFirstInteraction(fn: () => void): () => void {
  if (interacted) {
    fn();
    return () => {};
  }
  waiting.add(fn);
  return () => {
    waiting.delete(fn);
  };
}

/**
 * Calls `fn` when the browser is idle after the first interaction, so prefetching never competes
 * with the interaction itself. Returns a cancel.
 */
export function whenIdleAfterInteraction(fn: () => void, timeoutMs = 2000): () => void {
  let idleHandle: number | null = null;
  const cancelWait = onFirstInteraction(() => {
    idleHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => fn(), { timeout: timeoutMs })
        : window.setTimeout(fn, 200);
  });
  return () => {
    cancelWait();
    if (idleHandle === null) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idleHandle);
    else clearTimeout(idleHandle);
  };
}

/** True from the first interaction on (re-renders the caller once, when it happens). */
export function useHasInteracted(): boolean {
  const [value, setValue] = useState(interacted);
  useEffect(() => (value ? undefined : onFirstInteraction(() => setValue(true))), [value]);
  return value;
}
