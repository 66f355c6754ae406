import { useEffect, useRef, useState } from 'preact/hooks';
import {
  attachDocument, documentInfo, forgetDocuments, MAX_DOCUMENT_BYTES, saveService, type DocumentInfo, type ServiceForm as Form,
} from '../../app/support';
import { codeLabelKey, PROFESSIONAL_ROLES, SERVICE_TYPES, type ChildId, type EntryId, type ServiceEntry } from '../../domain/index';
import { t } from '../state/language';
import { described, Field, inputValue } from '../kit/Field';
import { FormFooter } from '../kit/FormFooter';
import { formatSize } from '../kit/format';
import { messageFor } from '../kit/messages';
import { useDraft } from '../kit/useDraft';
import { WrittenInField } from '../kit/WrittenIn';

interface Props {
  childId: ChildId;
  initial: Form;
  editing?: EntryId;
  onDone: (saved?: ServiceEntry) => void;
}

/** Add or edit a service. What was typed stays when saving fails; new attachments are dropped on cancel. */
export function ServiceForm({ childId, initial, editing, onDone }: Props) {
  const [form, setForm] = useState<Form>(initial);
  const [error, setError] = useState<{ message: string; field?: string | undefined } | undefined>();
  const [docs, setDocs] = useState<DocumentInfo[]>([]);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const added = useRef<DocumentInfo['blobId'][]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const p = editing ? `svc-${editing}` : 'svc-new';
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);
  const draft = useDraft(`${p}-${childId}`, form, setForm, (f) => JSON.stringify(f) === JSON.stringify(initial));

  // Names and sizes of attached files, also for ones a restored draft brings back.
  useEffect(() => {
    void Promise.all(form.documents.map(documentInfo)).then((all) => setDocs(all.flatMap((r) => (r.ok ? [r.value] : []))));
  }, [form.documents.join(',')]);

  const attach = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setFileError(undefined);
    setBusy(true);
    const result = await attachDocument({ name: file.name, type: file.type, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) });
    setBusy(false);
    input.value = '';
    if (!result.ok) {
      setFileError(result.error === 'file-too-large'
        ? t('support:error.file-too-large', { name: file.name, limit: formatSize(MAX_DOCUMENT_BYTES) })
        : messageFor(result.error));
      return;
    }
    added.current.push(result.value.blobId);
    setForm((f) => ({ ...f, documents: [...f.documents, result.value.blobId] }));
  };
  const detach = (doc: DocumentInfo) => {
    setForm((f) => ({ ...f, documents: f.documents.filter((id) => id !== doc.blobId) }));
  };
  const cancel = () => {
    void draft.clear();
    // Files attached in this form (or in a restored draft) that no saved service uses.
    void forgetDocuments([...added.current, ...form.documents.filter((id) => !initial.documents.includes(id))]);
    onDone();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await saveService(childId, form, editing);
    setBusy(false);
    if (!result.ok) return setError({ message: messageFor(result.error), field: result.field });
    void draft.clear();
    void forgetDocuments(added.current.filter((id) => !form.documents.includes(id)));
    onDone(result.value);
  };
  const text = (field: 'professionalName' | 'organisation' | 'contact', label: string) => (
    <Field id={`${p}-${field}`} label={label} error={fieldError(field)}>
      <input {...described(`${p}-${field}`, fieldError(field))} value={form[field]} dir="auto" onInput={(e) => set({ [field]: inputValue(e) })} />
    </Field>
  );
  const date = (field: 'referralDate' | 'start' | 'end', label: string) => (
    <Field id={`${p}-${field}`} label={label} error={fieldError(field)}>
      <input type="date" {...described(`${p}-${field}`, fieldError(field))} value={form[field]} onInput={(e) => set({ [field]: inputValue(e) })} />
    </Field>
  );
  const plans = form.plans.length ? form.plans : [''];
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby={`${p}-title`} noValidate>
      <h2 id={`${p}-title`}>{editing ? t('support:service.editTitle') : t('support:service.addTitle')}</h2>
      {draft.restored && <p class="notice">{t('support:common.draftRestored')}</p>}
      <Field id={`${p}-serviceType`} label={t('support:service.type')} error={fieldError('serviceType')}>
        <select {...described(`${p}-serviceType`, fieldError('serviceType'))} value={form.serviceType} onChange={(e) => set({ serviceType: inputValue(e) })}>
          <option value="">{t('support:common.choose')}</option>
          {SERVICE_TYPES.map((s) => <option key={s} value={s}>{t('record:' + codeLabelKey('serviceType', s))}</option>)}
        </select>
      </Field>
      <fieldset class="stack">
        <legend>{t('support:service.professional')}</legend>
        {text('professionalName', t('support:service.professionalName'))}
        <Field id={`${p}-role`} label={t('support:service.role')}>
          <select id={`${p}-role`} value={form.professionalRole} onChange={(e) => set({ professionalRole: inputValue(e) })}>
            <option value="">{t('support:common.choose')}</option>
            {PROFESSIONAL_ROLES.map((r) => <option key={r} value={r}>{t('record:' + codeLabelKey('professionalRole', r))}</option>)}
          </select>
        </Field>
        {text('organisation', t('support:service.organisation'))}
        {text('contact', t('support:service.contact'))}
      </fieldset>
      {date('referralDate', t('support:service.referralDate'))}
      {date('start', t('support:service.start'))}
      {date('end', t('support:service.endHint'))}
      <Field id={`${p}-outcome`} label={t('support:service.outcome')} error={fieldError('outcome')}>
        <textarea rows={3} dir="auto" {...described(`${p}-outcome`, fieldError('outcome'))} value={form.outcome} onInput={(e) => set({ outcome: inputValue(e) })} />
      </Field>
      <WrittenInField id={`${p}-written-in`} value={form.writtenIn ?? ''} text={[form.outcome, ...form.plans].join('\n')} appLang={form.lang}
        onChange={(writtenIn) => set({ writtenIn })} />
      {plans.map((plan, i) => (
        <Field key={i} id={`${p}-plan-${i}`} label={t('support:service.planLabel', { number: i + 1 })} error={i === 0 ? fieldError('plans') : undefined}>
          <textarea rows={2} dir="auto" {...described(`${p}-plan-${i}`, i === 0 ? fieldError('plans') : undefined)} value={plan}
            onInput={(e) => set({ plans: plans.map((x, j) => (j === i ? inputValue(e) : x)) })} />
        </Field>
      ))}
      <button type="button" class="button small" onClick={() => set({ plans: [...plans, ''] })}>{t('support:service.addPlan')}</button>
      <div class="field">
        <label for={`${p}-file`}>{t('support:documents.attach')}</label>
        <p class="hint" id={`${p}-file-hint`}>{t('support:documents.attachHint', { limit: formatSize(MAX_DOCUMENT_BYTES) })}</p>
        <input ref={fileInput} id={`${p}-file`} type="file" aria-describedby={`${p}-file-hint`} onChange={attach} disabled={busy} />
        {fileError && <p class="form-error" role="alert">{fileError}</p>}
        {docs.length > 0 && (
          <ul class="doc-list" aria-label={t('support:documents.attachedList')}>
            {docs.map((d) => (
              <li key={d.blobId}>
                <span dir="auto">{d.name}</span> ({formatSize(d.size)}){' '}
                <button type="button" class="button small" onClick={() => detach(d)} aria-label={t('support:documents.remove', { name: d.name })}>
                  {t('support:documents.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <FormFooter
        sensitive={form.sensitive}
        onSensitive={(sensitive) => set({ sensitive })}
        error={error && !error.field ? error.message : undefined}
        saveLabel={t('support:service.save')}
        busy={busy}
        onCancel={cancel}
      />
    </form>
  );
}
