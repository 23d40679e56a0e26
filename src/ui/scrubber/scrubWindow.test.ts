import { describe, expect, it } from 'vitest';
import { keyToWindow, liveWindow, moveWindow, resizeWindow } from './scrubWindow';

describe('scrub window', () => {
  it('live follows the newest seconds', () => {
    expect(liveWindow(400, 300)).toEqual({ fromS: 101, toS: 400 });
    expect(liveWindow(20, 300)).toEqual({ fromS: 0, toS: 20 });
  });

  it('moving keeps the chosen width, narrower only at the start of the run', () => {
    expect(moveWindow(120, 60, 500)).toEqual({ fromS: 60, toS: 120 });
    expect(moveWindow(10, 60, 500)).toEqual({ fromS: 0, toS: 10 });
    expect(moveWindow(-3, 60, 500)).toEqual({ fromS: 0, toS: 1 });
    expect(moveWindow(900, 60, 500)).toEqual({ fromS: 440, toS: 500 });
  });

  it('resizing keeps at least one second', () => {
    const w = { fromS: 100, toS: 160 };
    expect(resizeWindow(w, 'from', 200, 500)).toEqual({ fromS: 159, toS: 160 });
    expect(resizeWindow(w, 'to', 50, 500)).toEqual({ fromS: 100, toS: 101 });
    expect(resizeWindow(w, 'from', -4, 500)).toEqual({ fromS: 0, toS: 160 });
  });

  it('arrow keys step the moment by a second, Shift by ten; End returns to live', () => {
    const w = { fromS: 100, toS: 160 };
    expect(keyToWindow('ArrowLeft', false, 'to', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 99, toS: 159 } });
    expect(keyToWindow('ArrowRight', true, 'to', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 110, toS: 170 } });
    expect(keyToWindow('PageDown', false, 'to', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 40, toS: 100 } });
    expect(keyToWindow('Home', false, 'to', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 0, toS: 1 } });
    expect(keyToWindow('End', false, 'to', w, 500, 60)).toEqual({ kind: 'live' });
    expect(keyToWindow('a', false, 'to', w, 500, 60)).toBeNull();
    // After Home, stepping on widens the window back to the chosen width.
    expect(keyToWindow('PageUp', false, 'to', { fromS: 0, toS: 1 }, 500, 30)).toEqual({ kind: 'window', window: { fromS: 31, toS: 61 } });
  });

  it('the start thumb widens or narrows the window', () => {
    const w = { fromS: 100, toS: 160 };
    expect(keyToWindow('ArrowLeft', false, 'from', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 99, toS: 160 } });
    expect(keyToWindow('Home', false, 'from', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 0, toS: 160 } });
    expect(keyToWindow('End', false, 'from', w, 500, 60)).toEqual({ kind: 'window', window: { fromS: 159, toS: 160 } });
  });
});
