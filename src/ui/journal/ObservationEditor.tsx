// Add or edit one observation. What is typed is kept as an encrypted draft a moment after
import { deviceToday } from '../../app/clock';
import { onBeforeUpdate } from '../../sw/register';
import { DRAFT_DELAY_MS } from '../kit/useDraft';
// each change, so closing the app mid-entry loses nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  clearJournalDraft, OBSERVATION_MARKS, saveJournalDraft, saveObservation,
  type ObservationEntry, type ObservationForm,
} from '../../app/journal';
import type { StoredChild } from '../../app/record-store';
import { announcement, t } from '../state/language';
import { WrittenInField } from '../kit/WrittenIn';
import { MilestoneLinks } from './MilestoneLinks';
import { PhotoField } from './PhotoField';
import { AREAS, journalError } from './shared';


interface Props {
  child: StoredChild;
  initial: ObservationForm;
  editing?: ObservationEntry | undefined;
  restored: boolean;
  onDone: (saved?: ObservationEntry) => void;
}

export function ObservationEditor({ child, initial, editing, restored, onDone }: Props) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(form);
  const dirty = useRef(restored);
  const heading = useRef<HTMLHeadingElement>(null);
  const p = `obs-${editing?.id ?? 'new'}`;

  const flush = async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (dirty.current) await saveJournalDraft(child.id, latest.current, editing?.id);
  };
  useEffect(() => {
    heading.current?.focus();
    const onHide = () => { if (document.visibilityState === 'hidden') void flush(); };
    const onPageHide = () => void flush();
    // An app update reloads the page: what is being written is saved first.
    const stop = onBeforeUpdate(flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      clearTimeout(timer.current);
    };
  }, []);

  const update = (patch: Partial<ObservationForm>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    dirty.current = true;
    setForm(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DRAFT_DELAY_MS);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    clearTimeout(timer.current); // a late draft write must not bring the draft back
    setBusy(true);
    const r = await saveObservation(child.id, latest.current, editing?.id);
    setBusy(false);
    if (!r.ok) {
      setError(journalError(r.error));
      return;
    }
    dirty.current = false;
    await clearJournalDraft(child.id);
    announcement.value = t('journal:form.saved');
    onDone(r.value);
  };

  const discard = async () => {
    clearTimeout(timer.current);
    dirty.current = false;
    await clearJournalDraft(child.id, editing?.id, latest.current.photos);
    onDone();
  };

  return (
    <form class="card stack observation-form" onSubmit={submit} aria-labelledby={`${p}-title`} noValidate>
      <h2 id={`${p}-title`} tabIndex={-1} ref={heading}>{t(editing ? 'journal:form.editTitle' : 'journal:form.newTitle')}</h2>
      {restored && <p class="notice" role="status">{t('journal:form.draftRestored')}</p>}
      <div class="field">
        <label for={`${p}-area`}>{t('journal:form.area')}</label>
        <select id={`${p}-area`} value={form.area} onChange={(e) => update({ area: (e.target as HTMLSelectElement).value as ObservationForm['area'], milestoneCodes: [] })}>
          {AREAS.map((a) => <option key={a} value={a}>{t(`record:area.${a}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-text`}>{t('journal:form.text')}</label>
        <textarea id={`${p}-text`} rows={4} dir="auto" lang={form.writtenIn || form.lang} value={form.text}
          onInput={(e) => update({ text: (e.target as HTMLTextAreaElement).value })} />
      </div>
      <WrittenInField id={`${p}-written-in`} value={form.writtenIn ?? ''} text={form.text} appLang={form.lang} onChange={(writtenIn) => update({ writtenIn })} />
      <div class="field">
        <label for={`${p}-date`}>{t('journal:form.date')}</label>
        <input id={`${p}-date`} type="date" value={form.date} min={child.dob} max={deviceToday()}
          onInput={(e) => update({ date: (e.target as HTMLInputElement).value })} />
      </div>
      <fieldset class="marks">
        <legend>{t('journal:form.mark')}</legend>
        {OBSERVATION_MARKS.map((m) => (
          <label key={m} class={`choice mark-${m}${form.mark === m ? ' selected' : ''}`}>
            <input type="radio" name={`${p}-mark`} value={m} checked={form.mark === m} onChange={() => update({ mark: m })} />
            <span>{t(`record:mark.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      <PhotoField idPrefix={p} photos={form.photos} original={editing?.photos ?? []} onChange={(photos) => update({ photos })} />
      <MilestoneLinks id={`${p}-milestones`} child={child} area={form.area} codes={form.milestoneCodes} onChange={(milestoneCodes) => update({ milestoneCodes })} />
      <label class="choice">
        <input type="checkbox" checked={form.sensitive} onChange={(e) => update({ sensitive: (e.target as HTMLInputElement).checked })} />
        <span>
          {t('journal:form.sensitive')}
          <span class="hint">{t('journal:form.sensitiveHint')}</span>
        </span>
      </label>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>{t(busy ? 'journal:form.saving' : 'journal:form.save')}</button>
        <button type="button" class="button" onClick={() => void discard()}>{t(editing ? 'journal:form.cancelEdit' : 'journal:form.discard')}</button>
      </div>
    </form>
  );
}
