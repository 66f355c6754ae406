// "Language of what you wrote", under a box where the parent types. The first choice, the usual
// one, finds the language from the letters and says which it found; the others name every
// language we ship in itself, so a parent finds theirs whatever the app is in (src/app/written-in.ts).
import { useState } from 'preact/hooks';
import { detectedLanguage, writerLanguage, writtenInOf, type WriterLanguage } from '../../app/written-in';
import type { LocalText } from '../../app/passport';
import { findLanguage, LANGUAGES } from '../../i18n';
import { currentLanguage, t } from '../state/language';
import { described, Field } from './Field';
import { languageName } from './format';

const nameOf = (tag: string) => findLanguage(tag)?.nativeName ?? languageName(tag);

interface Props {
  id: string;
  /** The choice: empty is "found from the writing". */
  value: string;
  /** What is typed now, and the app's language: the first choice names what it would find. */
  text: string;
  appLang: string;
  onChange: (value: string) => void;
  hint?: string;
}

export function WrittenInField({ id, value, text, appLang, onChange, hint }: Props) {
  const found = detectedLanguage(text, appLang);
  const shipped = LANGUAGES.filter((l) => !l.pseudo);
  return (
    <Field id={id} label={t('kit:writtenIn.label')} {...(hint ? { hint } : {})}>
      <select {...described(id, undefined, hint !== undefined)} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{found ? `${t('kit:writtenIn.auto')} (${nameOf(found)})` : t('kit:writtenIn.auto')}</option>
        {value && !shipped.some((l) => l.code === value) && <option value={value}>{nameOf(value)}</option>}
        {shipped.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
      </select>
    </Field>
  );
}

/**
 * The drop-down's state for a form whose free text is saved with one language: it starts from the
 * entry's own tag (empty, "found from the writing", when its letters give it). `writer()` is what
 * the app's save takes; `field(id, text)` draws the drop-down.
 */
export function useWrittenIn(existing: LocalText | undefined) {
  const appLang = currentLanguage.value?.code ?? 'en';
  const [value, setValue] = useState(() => writtenInOf(existing, appLang));
  return {
    writer: (): WriterLanguage => writerLanguage(value, appLang),
    field: (id: string, text: string) => <WrittenInField id={id} value={value} text={text} appLang={appLang} onChange={setValue} />,
  };
}
