// Where the scrubber's window goes for a key or a drag, in simulated seconds. Pure, so the
// keyboard behaviour is tested without a browser.

export interface ScrubWindow {
  fromS: number;
  toS: number;
}

/** The window the charts follow while live: the newest `widthS` seconds. */
export function liveWindow(lastS: number, widthS: number): ScrubWindow {
  return { fromS: Math.max(0, lastS - widthS + 1), toS: Math.max(0, lastS) };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/**
 * The window ending at `toS` (the moment shown), `widthS` wide; near the start of the run it is
 * narrower, so the moment can still go back to the first seconds, and it widens again as the
 * moment moves on. It always keeps two seconds (a chart needs two points).
 */
export function moveWindow(toS: number, widthS: number, lastS: number): ScrubWindow {
  const to = clamp(Math.round(toS), Math.min(1, lastS), lastS);
  return { fromS: Math.max(0, to - Math.max(1, widthS)), toS: to };
}

/** Moves one edge; the window keeps at least one second. */
export function resizeWindow(w: ScrubWindow, edge: 'from' | 'to', atS: number, lastS: number): ScrubWindow {
  const at = Math.round(atS);
  if (edge === 'from') return { fromS: clamp(at, 0, Math.max(0, w.toS - 1)), toS: w.toS };
  return { fromS: w.fromS, toS: clamp(at, Math.min(lastS, w.fromS + 1), lastS) };
}

export type ScrubKeyResult = { kind: 'window'; window: ScrubWindow } | { kind: 'live' } | null;

/**
 * A key on one of the two thumbs. The end thumb ("moment shown") moves the whole window: arrows
 * by a second (Shift: 10 s), Page keys by a minute, Home to the start, End back to live. The start
 * thumb moves only the window's start.
 */
export function keyToWindow(
  key: string,
  shift: boolean,
  thumb: 'from' | 'to',
  w: ScrubWindow,
  lastS: number,
  widthS: number,
): ScrubKeyResult {
  const small = shift ? 10 : 1;
  const delta: Record<string, number> = {
    ArrowLeft: -small,
    ArrowDown: -small,
    ArrowRight: small,
    ArrowUp: small,
    PageDown: -60,
    PageUp: 60,
  };
  if (thumb === 'to') {
    if (key === 'End') return { kind: 'live' };
    if (key === 'Home') return { kind: 'window', window: moveWindow(0, widthS, lastS) };
    if (key in delta) return { kind: 'window', window: moveWindow(w.toS + delta[key], widthS, lastS) };
    return null;
  }
  if (key === 'Home') return { kind: 'window', window: resizeWindow(w, 'from', 0, lastS) };
  if (key === 'End') return { kind: 'window', window: resizeWindow(w, 'from', w.toS - 1, lastS) };
  if (key in delta) return { kind: 'window', window: resizeWindow(w, 'from', w.fromS + delta[key], lastS) };
  return null;
}
