// The one draft hook: a form's values are kept as an encrypted draft in the vault while the
// parent types, so closing the app, a crash or an update mid-entry loses nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../../app/drafts';
import { onBeforeUpdate } from '../../sw/register';

/** Typing pauses this long before the draft is written (an update or closing the page writes at once). */
export const DRAFT_DELAY_MS = 500;

/**
 * Puts back a saved draft when the form opens (`restored` says so), then saves every change.
 * A form with nothing typed (by default: unchanged since it opened) leaves no draft behind.
 * The pending write is flushed before an app update reloads the page and when the page hides.
 */
export function useDraft<T extends object>(key: string, values: T, replace: (v: T) => void, isEmpty?: (v: T) => boolean) {
  const [restored, setRestored] = useState(false);
  const [untouched] = useState(() => JSON.stringify(values));
  const ready = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(values);
  latest.current = values;

  const write = () => {
    timer.current = undefined;
    const v = latest.current;
    const empty = isEmpty ? isEmpty(v) : JSON.stringify(v) === untouched;
    return empty ? clearDraft(key) : saveDraft(key, v as Record<string, unknown>).then(() => undefined);
  };
  const flush = async () => {
    if (timer.current === undefined) return;
    clearTimeout(timer.current);
    await write();
  };

  useEffect(() => {
    let live = true;
    ready.current = false;
    void loadDraft(key).then((draft) => {
      if (!live) return;
      if (draft) {
        replace({ ...latest.current, ...draft });
        setRestored(true);
      }
      ready.current = true;
    });
    return () => { live = false; };
  }, [key]);

  useEffect(() => {
    if (!ready.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void write(), DRAFT_DELAY_MS);
  }, [values]);

  useEffect(() => {
    const onHide = () => void flush();
    const stop = onBeforeUpdate(flush);
    window.addEventListener('pagehide', onHide);
    return () => {
      stop();
      window.removeEventListener('pagehide', onHide);
      void flush(); // leaving the screen keeps what was typed
    };
  }, [key]);

  /** After a save or cancel: drop the draft and any write still waiting, so it cannot come back. */
  const clear = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setRestored(false);
    return clearDraft(key);
  };
  return {
    restored,
    clear,
    /** Throws the draft away and puts the form back as it was. */
    discard: async (initial: T) => {
      await clear();
      replace(initial);
    },
  };
}
