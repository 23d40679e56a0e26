import { EdgeLabelRenderer } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { dotKeyframes, dotTrack } from './dotTrack';
import { useDotsFrozen, useEdgeDots } from './edgeDots';
import type { DotOutcome } from './edgeTraffic';

/**
 * Events travelling along an edge: a few dots moving along its path, coloured by outcome.
 * Decorative (aria-hidden; the badges and charts carry the numbers); hidden when the person
 * prefers reduced motion (canvas.css), frozen in place while paused or scrubbed.
 *
 * The dots are HTML in xyflow's label layer (inside the pan/zoom transform), moved by Web
 * Animations of transform and opacity only: Chromium runs those on the compositor thread, so a
 * running canvas costs the main thread no style, layout or paint per frame.
 */
export const EdgeDots = memo(function EdgeDots({ edgeId, path }: { edgeId: string; path: string }) {
  const plan = useEdgeDots(edgeId);
  const frozen = useDotsFrozen();
  const track = useMemo(() => dotTrack(path), [path]);
  const gap = plan?.gap ?? 1;
  const keyframes = useMemo(() => (track ? dotKeyframes(track, gap) : null), [track, gap]);
  if (!plan || !track || !keyframes) return null;
  const { box } = track;
  const periodMs = plan.periodS * 1000;
  return (
    <EdgeLabelRenderer>
      <div
        className={`edge-dots gap-${plan.gap}`}
        aria-hidden="true"
        data-testid={`edge-dots-${edgeId}`}
        style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }}
      >
        {plan.dots.map((outcome, i) => (
          <Dot
            key={i}
            outcome={outcome}
            keyframes={keyframes}
            periodMs={periodMs}
            // Negative delays spread the dots along the edge from the first frame.
            delayMs={(-i * periodMs) / plan.dots.length}
            frozen={frozen}
          />
        ))}
      </div>
    </EdgeLabelRenderer>
  );
});

interface DotProps {
  outcome: DotOutcome;
  keyframes: Keyframe[];
  periodMs: number;
  delayMs: number;
  frozen: boolean;
}

/**
 * One dot and its animation, made once per dot and changed in place: a new path (a node was
 * dragged), period or phase updates the running animation, so the dot carries on from where it is
 * and React does nothing per frame. The animation starts empty; the effects below, in order, give
 * it its keyframes, timing and play state, on mount and on every change.
 */
const Dot = memo(function Dot({ outcome, keyframes, periodMs, delayMs, frozen }: DotProps) {
  const ref = useRef<HTMLDivElement>(null);
  const animation = useRef<Animation | null>(null);
  useLayoutEffect(() => {
    const a = ref.current!.animate(null, { iterations: Infinity });
    animation.current = a;
    return () => {
      a.cancel();
      animation.current = null;
    };
  }, []);
  useLayoutEffect(() => {
    (animation.current?.effect as KeyframeEffect | null | undefined)?.setKeyframes(keyframes);
  }, [keyframes]);
  useLayoutEffect(() => {
    animation.current?.effect?.updateTiming({ duration: periodMs, delay: delayMs });
  }, [periodMs, delayMs]);
  useLayoutEffect(() => {
    if (frozen) animation.current?.pause();
    else animation.current?.play();
  }, [frozen]);
  return <div ref={ref} className={`edge-dot dot-${outcome}`} data-outcome={outcome} />;
});
