import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The element's content-box size in px (0 until the first observation), following resizes. Pass
 * a ref the element already has, or attach the returned one. Sizes come only from the
 * ResizeObserver, never from reading clientWidth: that read, right after React mounted a panel,
 * forced a layout of the whole page inside the commit (a long task when a run's charts appeared).
 */
export function useElementSize<T extends HTMLElement>(existing?: RefObject<T | null>) {
  const own = useRef<T>(null);
  const ref = existing ?? own;
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return { ref, ...size };
}
