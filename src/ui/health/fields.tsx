// Small form pieces shared by the Health and About me screens.
import { deviceToday } from '../../app/clock';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { recordStore } from '../../app/record-store';
import type { HealthView } from '../../app/health';
import { codeLabelKey, MAX_TEXT_LENGTH, type LocalText, type StoredChild } from '../../app/passport';
import type { CodeListName, CodeOf } from '../../domain/index';
import { i18next } from '../../i18n';
import { errorText } from '../state/errors';
import { formatList } from '../kit/format';
import { currentLanguage, t } from '../state/language';

/** The language new free text is tagged with: the one the parent is using now. */
export function writerLang(): string {
  return currentLanguage.value?.code ?? 'en';
}

/** A translated sentence for a form's error code (our own codes first, then the shared ones). */
export function formMessage(code: string): string {
  return i18next.exists(`health:error.${code}`) ? t(`health:error.${code}`) : errorText(code);
}

export interface FieldError {
  field?: string | undefined;
  message: string;
}

const valueOf = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

interface TextFieldProps {
  id: string;
  /** The name the use case gives this input in its errors; defaults to the id. */
  field?: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  error?: FieldError | undefined;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'numeric' | 'decimal';
  min?: string;
  max?: string;
  autoComplete?: string;
}

/**
 * A labelled input whose error sits under it. A huge paste is flagged at once (the
 * save refuses it too), and `maxlength` is left off so nothing is cut silently.
 */
export function TextField(p: TextFieldProps) {
  const [refused, setRefused] = useState(false);
  const mine = p.error !== undefined && p.error.field === (p.field ?? p.id);
  const message = mine ? p.error!.message : refused || p.value.length > MAX_TEXT_LENGTH ? formMessage('text-too-long') : undefined;
  // A huge paste is stopped before the browser inserts it, so the page never lays out a
  // megabyte of text (that alone takes seconds on a cheap phone).
  const onBeforeInput = (e: InputEvent) => {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    const incoming = e.data?.length ?? e.dataTransfer?.getData('text/plain').length ?? 0;
    const selected = Math.abs((el.selectionEnd ?? 0) - (el.selectionStart ?? 0));
    if (el.value.length - selected + incoming > MAX_TEXT_LENGTH) {
      e.preventDefault();
      setRefused(true);
    }
  };
  const onInput = (e: Event) => {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    // A pasted megabyte is refused at once: the field goes back to what it held, so the
    // page never has to lay out (or save) the huge text, and nothing typed before is lost.
    if (el.value.length > MAX_TEXT_LENGTH) {
      el.value = p.value;
      setRefused(true);
      return;
    }
    setRefused(false);
    p.onInput(el.value);
  };
  const describedBy = [p.hint ? `${p.id}-hint` : '', message ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: p.id,
    value: p.value,
    onInput,
    onBeforeInput,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy,
    dir: 'auto' as const,
  };
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      {p.hint && <span id={`${p.id}-hint`} class="hint">{p.hint}</span>}
      {p.multiline
        ? <textarea {...common} rows={3} />
        : <input {...common} type={p.type ?? 'text'} inputMode={p.inputMode} min={p.min} max={p.max} autoComplete={p.autoComplete ?? 'off'} />}
      {message && <p id={`${p.id}-error`} class="field-error" role="alert">{message}</p>}
    </div>
  );
}

export function SelectField<T extends string>(p: {
  id: string; label: string; value: T; options: readonly T[]; labelOf: (v: T) => string; onChange: (v: T) => void;
}) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(valueOf(e) as T)}>
        {p.options.map((o) => <option key={o} value={o}>{p.labelOf(o)}</option>)}
      </select>
    </div>
  );
}

/** A coded multi-select: one checkbox per code, labelled in the reader's language, sorted by that label. */
export function CheckboxGroup<T extends string>(p: {
  id: string; legend: string; options: readonly T[]; chosen: readonly T[]; labelOf: (v: T) => string; onChange: (v: T[]) => void;
  /** Long lists fold away behind a summary of what is chosen. */
  collapsible?: boolean;
}) {
  const collator = new Intl.Collator(currentLanguage.value?.code ?? 'en');
  const sorted = [...p.options].sort((a, b) => collator.compare(p.labelOf(a), p.labelOf(b)));
  const toggle = (code: T, on: boolean) => p.onChange(on ? [...p.chosen, code] : p.chosen.filter((c) => c !== code));
  const grid = (
    <div class="checkbox-grid">
      {sorted.map((code) => (
        <label key={code} class="check">
          <input type="checkbox" checked={p.chosen.includes(code)} onChange={(e) => toggle(code, (e.target as HTMLInputElement).checked)} />
          <span>{p.labelOf(code)}</span>
        </label>
      ))}
    </div>
  );
  return (
    <fieldset class="checkbox-group" id={p.id}>
      <legend>{p.legend}</legend>
      {p.collapsible ? (
        <details>
          <summary class="choose-summary">
            {p.chosen.length ? formatList(p.chosen.map(p.labelOf)) : t('health:choose.none')}
            <span class="choose-open"> {t('health:choose.change')}</span>
          </summary>
          {grid}
        </details>
      ) : grid}
    </fieldset>
  );
}

export function SensitiveBox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="check" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>{t('health:sensitive.label')}</span>
    </label>
  );
}

/** Save and cancel at the foot of a form, with the form-level error above them. */
export function FormFoot({ error, shown = [], onCancel, saving }: {
  error?: FieldError | undefined; shown?: readonly string[]; onCancel?: () => void; saving?: boolean;
}) {
  // Errors for inputs that show their own message are not repeated here.
  const here = error && !(error.field && shown.includes(error.field));
  return (
    <>
      {here && <p class="form-error" role="alert">{error.message}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving}>{t('health:action.save')}</button>
        {onCancel && <button type="button" class="button" onClick={onCancel}>{t('health:action.cancel')}</button>}
      </div>
    </>
  );
}

export function FormCard({ id, title, level = 3, onSubmit, children }: {
  id: string; title: string; level?: 2 | 3; onSubmit: () => void; children: ComponentChildren;
}) {
  const headingId = `${id}-title`;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form class="card stack" noValidate aria-labelledby={headingId} onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <Heading id={headingId}>{title}</Heading>
      {children}
    </form>
  );
}

export interface PanelProps {
  child: StoredChild;
  view: HealthView;
}

/** A coded value's label in the reader's language. */
export function codeLabel<L extends CodeListName>(list: L, code: CodeOf<L>): string {
  return t('record:' + codeLabelKey(list, code));
}

/** Free text as written, in its own language and direction. */
export function Written({ text, class: cls }: { text: LocalText | undefined; class?: string }) {
  if (!text) return null;
  return <p class={cls ?? 'written'} lang={text.lang} dir="auto">{text.text}</p>;
}

/** Tracks which entry (or a new one) is open for editing in a list. */
export function useEditing() {
  const [editing, setEditing] = useState<string | undefined>();
  return { editing, open: (id: string) => setEditing(id), close: () => setEditing(undefined), isNew: editing === 'new' };
}

/** Form state with an error; `set` updates one field and keeps everything typed. */
export function useForm<T extends object>(initial: () => T) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<FieldError | undefined>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof T>(key: K) => (v: T[K]) => setValues((old) => ({ ...old, [key]: v }));
  /** Runs a save; on failure keeps the values and shows the message by its field. */
  const submit = async (save: () => Promise<{ ok: true } | { ok: false; error: string; field?: string }>, done: () => void) => {
    setSaving(true);
    const r = await save();
    setSaving(false);
    if (!r.ok) return setError({ field: r.field, message: formMessage(r.error) });
    setError(undefined);
    done();
  };
  return { values, set, replace: setValues, error, saving, submit };
}

/** Today as a date input's value (a plain string, so the form may hold anything typed). */
export const todayInput = (): string => deviceToday();

/** Re-renders the calling screen whenever the record changes (a save, a delete, an undo). */
export function useRecordVersion(): number {
  const [version, setVersion] = useState(recordStore.version);
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  return version;
}

