import { useEffect, useRef, useState } from 'react';

/**
 * The latest value, at most once per `intervalMs`: for views that cost more to draw than the
 * data changes are worth (charts), while the store keeps every update.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(0);

  useEffect(() => {
    // A timer even when the value is due: set here, it would be drawn in the same task as the
    // store update that changed it (a run update renders synchronously), adding this view's
    // cost to that task. In a task of its own each stays short.
    const wait = Math.max(0, lastShownAt.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, intervalMs]);

  return shown;
}
