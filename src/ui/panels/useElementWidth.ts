import { useEffect, useRef, useState } from 'react';

/** The element's content width in px, following resizes. */
export function useElementWidth<T extends HTMLElement>(initial = 600) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || initial);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth || initial));
    ro.observe(el);
    return () => ro.disconnect();
  }, [initial]);
  return { ref, width };
}
