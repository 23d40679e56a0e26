import { useCallback, useLayoutEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';

/**
 * Keeps a scroll box pinned to its newest content until the person scrolls up to read,
 * like `tail -f`; scrolling back to the bottom resumes following.
 */
export function useFollowScroll<T extends HTMLElement>(
  contentKey: unknown,
  /** Pass the following state in when the caller needs it before rendering (LogPanel draws fewer lines while following). */
  controlled?: readonly [boolean, Dispatch<SetStateAction<boolean>>],
  /** The scroll box's ref when the caller made it (e.g. to measure the box); else one is made here. */
  existing?: RefObject<T | null>,
) {
  const ownRef = useRef<T>(null);
  const ref = existing ?? ownRef;
  const own = useState(true);
  const [following, setFollowing] = controlled ?? own;
  /** Where the last programmatic scroll left the box: only moving up from there stops following. */
  const pinnedTop = useRef(-1);
  /** New content is drawn and not pinned to the bottom yet. */
  const awaitingPin = useRef(false);

  useLayoutEffect(() => {
    if (!following) return;
    awaitingPin.current = true;
    // Scrolling needs the new content's layout. In the next frame's callback that layout is the
    // frame's own; here, mid-commit, it would be an extra forced one (the costliest part of a
    // busy log list during a fast run).
    const frame = requestAnimationFrame(() => {
      awaitingPin.current = false;
      const el = ref.current;
      if (!el) return;
      el.scrollTop = el.scrollHeight;
      pinnedTop.current = el.scrollTop;
    });
    return () => cancelAnimationFrame(frame);
  }, [contentKey, following, ref]);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    // The scroll event of our own scroll to the bottom arrives a frame later, when newer lines
    // may already have made the box taller: that is not the person scrolling up, keep following.
    // Until new content is pinned, a lower scrollTop can be the browser's doing: it clamps the
    // position when the content gets shorter, and when the content has grown again by the time
    // the event arrives that looked like scrolling up (under load the log stopped following by
    // itself, then drew 300 lines instead of a screenful on every update).
    const movedUp = !awaitingPin.current && el.scrollTop < pinnedTop.current - 1;
    setFollowing((was) => atBottom || (was && !movedUp));
  }, [ref, setFollowing]);

  const jumpToLatest = useCallback(() => setFollowing(true), [setFollowing]);

  return { ref, following, onScroll, jumpToLatest };
}
