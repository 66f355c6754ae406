import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const PAGE_SIZE = 50;

/**
 * Renders a long list a page at a time: the first page at once, the next when the end of
 * the list scrolls near (or "Show more" is pressed). A new `resetKey` (new search or
 * filter) starts again from the first page.
 */
export function usePaging(total: number, resetKey: string): { shown: number; more: () => void; sentinel: RefObject<HTMLDivElement> } {
  const [shown, setShown] = useState(PAGE_SIZE);
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => setShown(PAGE_SIZE), [resetKey]);
  const more = useCallback(() => setShown((n) => Math.min(n + PAGE_SIZE, Math.max(total, PAGE_SIZE))), [total]);
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) more();
    }, { rootMargin: '600px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, shown < total]);
  return { shown, more, sentinel };
}
