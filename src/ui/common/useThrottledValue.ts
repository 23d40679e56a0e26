import { useEffect, useRef, useState } from 'react';

/**
 * The latest value, at most once per `intervalMs`: for views that cost more to draw than the
 * data changes are worth (charts), while the store keeps every update.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);

  useEffect(() => {
    const wait = lastShownAt.current + intervalMs - performance.now();
    if (wait <= 0) {
      lastShownAt.current = performance.now();
      setShown(value);
      return;
    }
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);

  return shown;
}
