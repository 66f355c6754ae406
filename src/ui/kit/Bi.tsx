// A string in the family's language, and in the key worker's bilingual mode the same string in
// English underneath (src/ui/state/bilingual.ts). Outside that mode it is just the string.
import { englishOfSentence, englishUnder } from '../state/bilingual';
import { t } from '../state/language';

interface Props {
  /** The i18next key, `ns:dotted.key`. */
  k: string;
  values?: Record<string, unknown>;
}

function WithEnglish({ text, under }: { text: string; under: string | undefined }) {
  if (under === undefined) return <>{text}</>;
  return (
    <>
      {text}
      <span class="bilingual-en" lang="en" dir="ltr">{under}</span>
    </>
  );
}

export function Bi({ k, values }: Props) {
  return <WithEnglish text={t(k, values)} under={englishUnder(k, values)} />;
}

/**
 * A sentence the screen builds from several strings, names, lists and dates (a share's summary,
 * a consent-record line). `make` builds it; in bilingual mode it is built again in English.
 */
export function BiSentence({ make }: { make: () => string }) {
  const text = make();
  return <WithEnglish text={text} under={englishOfSentence(make, text)} />;
}
