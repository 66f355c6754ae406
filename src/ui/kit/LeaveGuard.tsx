// Asks before a form with unsaved changes is left through a link (a tab, the header, "back"),
// and lets the browser ask before the page itself is closed or reloaded. The encrypted draft
// still holds what was typed either way; this makes the choice the parent's, not an accident.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../state/language';

/** The in-app address a click on a link would open, or undefined when the router would not handle it. */
function inAppTarget(e: MouseEvent): string | undefined {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return undefined;
  const link = e.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement && el.href !== '');
  if (!link || link.origin !== location.origin || link.download || !/^(_?self)?$/i.test(link.target)) return undefined;
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) return undefined;
  const url = link.href.replace(location.origin, '');
  return url === location.pathname + location.search ? undefined : url;
}

interface Props {
  /** True while the form holds changes that are not saved. */
  dirty: boolean;
  /** Saves the form; resolves true when it saved (then the parent goes on to where they were going). */
  onSave: () => Promise<boolean>;
  /** Throws the unsaved changes away (the draft too). */
  onDiscard: () => Promise<void>;
}

/** Render once inside a form's screen. Shows a small dialog when a link would leave unsaved changes. */
export function LeaveGuard({ dirty, onSave, onDiscard }: Props) {
  const [pending, setPending] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const { route } = useLocation();

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (!dirtyNow.current) return;
      const target = inAppTarget(e);
      if (target === undefined) return;
      e.preventDefault();
      e.stopPropagation(); // the router listens on window, after this capture listener
      setPending(target);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyNow.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (pending !== undefined && !d.open) d.showModal();
    if (pending === undefined && d.open) d.close();
  }, [pending]);

  const go = (to: string) => {
    setPending(undefined);
    route(to);
  };
  const save = async () => {
    const to = pending;
    const saved = await onSave();
    if (saved && to !== undefined) go(to);
    else setPending(undefined); // the form shows what is wrong by its field
  };
  const discard = async () => {
    const to = pending;
    await onDiscard();
    if (to !== undefined) go(to);
  };

  return (
    <dialog ref={dialog} class="leave-guard" aria-labelledby="leave-guard-title" onClose={() => setPending(undefined)}>
      <h2 id="leave-guard-title">{t('kit:leave.title')}</h2>
      <p>{t('kit:leave.body')}</p>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => void save()}>{t('kit:leave.save')}</button>
        <button type="button" class="button danger-outline" onClick={() => void discard()}>{t('kit:leave.discard')}</button>
        <button type="button" class="button" onClick={() => setPending(undefined)}>{t('kit:leave.stay')}</button>
      </div>
    </dialog>
  );
}
