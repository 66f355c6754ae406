import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../../../app/drafts';

/**
 * Keeps a form's values as an encrypted draft while the parent types, so closing the app
 * mid-entry loses nothing. An empty form leaves no draft behind.
 */
export function useDraft<T extends object>(key: string, form: T, setForm: (f: T) => void, isEmpty: (f: T) => boolean) {
  const [restored, setRestored] = useState(false);
  const ready = useRef(false);
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
    const timer = setTimeout(() => void (isEmpty(form) ? clearDraft(key) : saveDraft(key, form as Record<string, unknown>)), 400);
    return () => clearTimeout(timer);
  }, [form]);
  return { restored, clear: () => { ready.current = false; return clearDraft(key); } };
}
