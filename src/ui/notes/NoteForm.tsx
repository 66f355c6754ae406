import { useState } from 'preact/hooks';
import { deviceToday } from '../../app/clock';
import { saveNote, type NoteForm as Form } from '../../app/notes';
import type { ChildId, EntryId } from '../../domain/index';
import { t } from '../state/language';
import { described, Field, inputValue } from '../kit/Field';
import { messageFor } from '../kit/messages';
import { useDraft } from '../kit/useDraft';
import { WrittenInField } from '../kit/WrittenIn';

/** Write or change a private note. */
export function NoteForm({ childId, initial, editing, onDone }: { childId: ChildId; initial: Form; editing?: EntryId; onDone: () => void }) {
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<{ message: string; field?: string | undefined } | undefined>();
  const [busy, setBusy] = useState(false);
  const p = editing ? `note-${editing}` : 'note-new';
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const draft = useDraft(`${p}-${childId}`, form, setForm, (f) => f.text === initial.text);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await saveNote(childId, form, editing);
    setBusy(false);
    if (!result.ok) return setError({ message: messageFor(result.error), field: result.field });
    setError(undefined);
    await draft.clear();
    if (!editing) setForm({ ...form, text: '' });
    onDone();
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby={`${p}-title`} noValidate>
      <h2 id={`${p}-title`}>{editing ? t('support:note.editTitle') : t('support:note.addTitle')}</h2>
      {draft.restored && <p class="notice">{t('support:common.draftRestored')}</p>}
      <Field id={`${p}-text`} label={t('support:note.text')} error={fieldError('text')}>
        <textarea rows={4} dir="auto" {...described(`${p}-text`, fieldError('text'))} value={form.text}
          lang={form.writtenIn || undefined} onInput={(e) => setForm((f) => ({ ...f, text: inputValue(e) }))} />
      </Field>
      <WrittenInField id={`${p}-written-in`} value={form.writtenIn ?? ''} text={form.text} appLang={form.lang}
        onChange={(writtenIn) => setForm((f) => ({ ...f, writtenIn }))} />
      <Field id={`${p}-date`} label={t('support:note.date')} error={fieldError('date')}>
        <input type="date" {...described(`${p}-date`, fieldError('date'))} value={form.date} max={deviceToday()}
          onInput={(e) => setForm((f) => ({ ...f, date: inputValue(e) }))} />
      </Field>
      {error && !error.field && <p class="form-error" role="alert">{error.message}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>{t('support:note.save')}</button>
        {editing && <button type="button" class="button" onClick={() => { void draft.clear(); onDone(); }}>{t('support:common.cancel')}</button>}
      </div>
    </form>
  );
}
