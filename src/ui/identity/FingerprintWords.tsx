import { t } from '../state/language';

/** The six words two people read to each other to be sure a key is the right one. */
export function FingerprintWords({ words, id }: { words: string[]; id: string }) {
  return (
    // The words come from the app's own word list, in English, whatever the screen language.
    <ol id={id} class="fingerprint" lang="en" dir="ltr" aria-label={t('sharing:fingerprint.label')}>
      {words.map((w, i) => <li key={i}>{w}</li>)}
    </ol>
  );
}
