import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children only while it is displayed: tabs keep hidden panels mounted, and a hidden
 * timeline or chart should not redraw ten times a second.
 */
export function WhenShown({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => setShown(entries.some((e) => e.isIntersecting)), {
      // Only display:none (a hidden tab) counts as hidden, not being scrolled out of view.
      rootMargin: '100000px',
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  return (
    <div ref={ref} className="when-shown">
      {shown ? children : null}
    </div>
  );
}
