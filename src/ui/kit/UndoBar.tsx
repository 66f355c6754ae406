import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../state/language';
import { messageFor } from './messages';

/** How long a deleted entry can be brought back. */
export const UNDO_MS = 10_000;

interface Pending<T> {
  entry: T;
  message: string;
}

/**
 * Keeps the last deleted entry for a short time so it can be put back. When the time is up
 * (or the screen closes) `onExpire` runs, e.g. to delete a service's documents for good.
 */
export function useUndo<T>(restore: (entry: T) => Promise<{ ok: boolean; error?: string }>, onExpire?: (entry: T) => void) {
  const [pending, setPending] = useState<Pending<T> | undefined>();
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>();
  const current = useRef<Pending<T> | undefined>();
  const expire = () => {
    clearTimeout(timer.current);
    if (current.current) onExpire?.(current.current.entry);
    current.current = undefined;
    setPending(undefined);
  };
  useEffect(() => () => expire(), []);
  const offer = (entry: T, message: string) => {
    expire(); // a second delete ends the first one's chance
    current.current = { entry, message };
    setPending(current.current);
    setError(undefined);
    timer.current = setTimeout(expire, UNDO_MS);
  };
  const undo = async () => {
    const p = current.current;
    if (!p) return;
    clearTimeout(timer.current);
    const result = await restore(p.entry);
    current.current = undefined;
    setPending(undefined);
    if (!result.ok) setError(messageFor(result.error ?? 'unexpected'));
  };
  return { pending, error, offer, undo };
}

export function UndoBar({ pending, error, undo }: { pending: Pending<unknown> | undefined; error: string | undefined; undo: () => void }) {
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      {pending && (
        <p class="notice undo-row">
          <span>{pending.message}</span>
          <button type="button" class="button small" onClick={undo}>{t('support:common.undo')}</button>
        </p>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
    </div>
  );
}
