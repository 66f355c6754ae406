// A string in the family's language, and in the key worker's bilingual mode the same string in
// English underneath (src/ui/state/bilingual.ts). Outside that mode it is just the string.
import { englishUnder } from '../state/bilingual';
import { t } from '../state/language';

interface Props {
  /** The i18next key, `ns:dotted.key`. */
  k: string;
  values?: Record<string, unknown>;
  /** The English line when the caller builds it (a sentence made of several strings). */
  english?: string;
}

export function Bi({ k, values, english }: Props) {
  const text = t(k, values);
  const under = englishUnder(k, values) === undefined ? undefined : (english ?? englishUnder(k, values));
  if (under === undefined) return <>{text}</>;
  return (
    <>
      {text}
      <span class="bilingual-en" lang="en" dir="ltr">{under}</span>
    </>
  );
}
