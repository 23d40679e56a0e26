import { memo } from 'react';
import { useEdgeDots } from './edgeDots';

/**
 * Events travelling along an edge: a few dots moving along its path by CSS motion path, coloured
 * by outcome. Decorative (aria-hidden; the badges and charts carry the numbers); hidden when the
 * person prefers reduced motion, frozen in place while paused or scrubbed (see canvas.css).
 */
export const EdgeDots = memo(function EdgeDots({ edgeId, path }: { edgeId: string; path: string }) {
  const plan = useEdgeDots(edgeId);
  if (!plan) return null;
  const offsetPath = `path('${path}')`;
  return (
    <g className={`edge-dots gap-${plan.gap}`} aria-hidden="true" data-testid={`edge-dots-${edgeId}`}>
      {plan.dots.map((outcome, i) => (
        <circle
          key={i}
          r={4}
          className={`edge-dot dot-${outcome}`}
          data-outcome={outcome}
          style={{
            offsetPath,
            animationDuration: `${plan.periodS}s`,
            // Negative delays spread the dots along the edge from the first frame.
            animationDelay: `${(-i * plan.periodS) / plan.dots.length}s`,
          }}
        />
      ))}
    </g>
  );
});
