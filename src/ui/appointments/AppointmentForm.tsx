import { useState } from 'preact/hooks';
import { saveAppointment, type AppointmentForm as Form } from '../../app/appointments';
import { APPOINTMENT_REASONS, codeLabelKey, type AppointmentEntry, type ChildId, type EntryId } from '../../domain/index';
import { t } from '../state/language';
import { described, Field, inputValue } from '../kit/Field';
import { FormFooter } from '../kit/FormFooter';
import { messageFor } from '../kit/messages';
import { useDraft } from '../kit/useDraft';
import { WrittenInField } from '../kit/WrittenIn';

interface Props {
  childId: ChildId;
  dob: string;
  initial: Form;
  editing?: EntryId;
  onDone: (saved?: AppointmentEntry) => void;
}

/** Add or edit an appointment. A refused save keeps everything typed and says which field to fix. */
export function AppointmentForm({ childId, dob, initial, editing, onDone }: Props) {
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<{ message: string; field?: string | undefined } | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const p = editing ? `appt-${editing}` : 'appt-new';
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const draft = useDraft(`${p}-${childId}`, form, setForm, (f) => JSON.stringify(f) === JSON.stringify(initial));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await saveAppointment(childId, form, editing);
    setBusy(false);
    if (!result.ok) return setError({ message: messageFor(result.error), field: result.field });
    await draft.clear();
    onDone(result.value);
  };
  const input = (field: 'date' | 'startTime' | 'endTime' | 'who' | 'where', label: string, type = 'text') => (
    <Field id={`${p}-${field}`} label={label} error={fieldError(field)}>
      <input type={type} {...described(`${p}-${field}`, fieldError(field))} value={form[field]} dir={type === 'text' ? 'auto' : undefined}
        min={field === 'date' ? dob : undefined} onInput={(e) => set({ [field]: inputValue(e) })} />
    </Field>
  );
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby={`${p}-title`} noValidate>
      <h2 id={`${p}-title`}>{editing ? t('support:appointment.editTitle') : t('support:appointment.addTitle')}</h2>
      {draft.restored && <p class="notice">{t('support:common.draftRestored')}</p>}
      {input('date', t('support:appointment.date'), 'date')}
      <div class="time-pair">
        {input('startTime', t('support:appointment.startTime'), 'time')}
        {input('endTime', t('support:appointment.endTime'), 'time')}
      </div>
      <Field id={`${p}-reason`} label={t('support:appointment.reason')} error={fieldError('reason')}>
        <select {...described(`${p}-reason`, fieldError('reason'))} value={form.reason} onChange={(e) => set({ reason: inputValue(e) })}>
          <option value="">{t('support:common.choose')}</option>
          {APPOINTMENT_REASONS.map((r) => <option key={r} value={r}>{t('record:' + codeLabelKey('appointmentReason', r))}</option>)}
        </select>
      </Field>
      {input('who', t('support:appointment.who'))}
      {input('where', t('support:appointment.where'))}
      <Field id={`${p}-note`} label={t('support:appointment.note')} error={fieldError('note')}>
        <textarea rows={2} dir="auto" {...described(`${p}-note`, fieldError('note'))} value={form.note} onInput={(e) => set({ note: inputValue(e) })} />
      </Field>
      <WrittenInField id={`${p}-written-in`} value={form.writtenIn ?? ''} text={form.note} appLang={form.lang} onChange={(writtenIn) => set({ writtenIn })} />
      <FormFooter
        sensitive={form.sensitive}
        onSensitive={(sensitive) => set({ sensitive })}
        error={error && !error.field ? error.message : undefined}
        saveLabel={t('support:appointment.save')}
        busy={busy}
        onCancel={() => { void draft.clear(); onDone(); }}
      />
    </form>
  );
}
