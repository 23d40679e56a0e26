import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Keeps a scroll box pinned to its newest content until the person scrolls up to read,
 * like `tail -f`; scrolling back to the bottom resumes following.
 */
export function useFollowScroll<T extends HTMLElement>(contentKey: unknown) {
  const ref = useRef<T>(null);
  const [following, setFollowing] = useState(true);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && following) el.scrollTop = el.scrollHeight;
  }, [contentKey, following]);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
    setFollowing(atBottom);
  }, []);

  const jumpToLatest = useCallback(() => setFollowing(true), []);

  return { ref, following, onScroll, jumpToLatest };
}
