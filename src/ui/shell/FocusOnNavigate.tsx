// After a screen change, keyboard and switch users start at the new screen's heading, not back at
// the top of the page: focus moves to the first <h1> in <main> once the new screen has drawn it.
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** Gives up if a screen takes this long to draw its heading (a lazy chunk on a slow phone). */
const WAIT_MS = 5000;

/**
 * Focuses `heading`, making it focusable first, unless `focusedSince` (what received focus after
 * the screen changed, e.g. a field the new screen focused itself) is still on the page.
 */
export function focusHeading(heading: HTMLElement, focusedSince?: Element): void {
  if (focusedSince?.isConnected && focusedSince !== heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export function FocusOnNavigate() {
  const { path } = useLocation();
  const seen = useRef<{ path: string; heading: HTMLElement | null; text: string | null; focused?: Element } | undefined>(undefined);
  // Read while rendering: this component sits before <main>, so <main> still shows the old screen.
  if (seen.current?.path !== path) {
    const old = document.querySelector<HTMLElement>('#main h1');
    seen.current = { path, heading: old, text: old?.textContent ?? null };
  }
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      if (seen.current && e.target instanceof Element) seen.current.focused = e.target;
    };
    document.addEventListener('focusin', onFocus, true);
    return () => document.removeEventListener('focusin', onFocus, true);
  }, []);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { // the first screen of a page load: the browser starts at the top anyway
      first.current = false;
      return undefined;
    }
    const main = document.getElementById('main');
    if (!main) return undefined;
    const before = seen.current;
    const tryFocus = (): boolean => {
      const h1 = main.querySelector('h1');
      if (!h1 || (h1 === before?.heading && h1.textContent === before.text)) return false;
      focusHeading(h1, before?.focused);
      return true;
    };
    if (tryFocus()) return undefined;
    const observer = new MutationObserver(() => { if (tryFocus()) observer.disconnect(); });
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [path]);
  return null;
}
