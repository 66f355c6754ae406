import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../../app/drafts';

/**
 * Keeps a form's values as an encrypted draft while the parent types, so closing the app
 * mid-entry loses nothing. An empty form leaves no draft behind.
 */
export function useDraft<T extends object>(key: string, form: T, setForm: (f: T) => void, isEmpty: (f: T) => boolean) {
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>();
  useEffect(() => {
    let live = true;
    void loadDraft(key).then((values) => {
      if (!live) return;
      if (values) {
        setForm({ ...form, ...values } as T);
        setRestored(true);
      }
      ready.current = true;
    });
    return () => { live = false; };
  }, [key]);
  useEffect(() => {
    if (!ready.current) return;
    timer.current = setTimeout(() => void (isEmpty(form) ? clearDraft(key) : saveDraft(key, form as Record<string, unknown>)), 400);
    return () => clearTimeout(timer.current);
  }, [form]);
  // After a save or cancel: drop the draft and any write still waiting, so it cannot come back.
  const clear = () => {
    clearTimeout(timer.current);
    setRestored(false);
    return clearDraft(key);
  };
  return { restored, clear };
}
