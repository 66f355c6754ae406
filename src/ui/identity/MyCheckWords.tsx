// The parent's own six check words: the words a professional's phone shows beside every share
// this phone makes. Shown large, to read out (or have read out) when the professional asks.
import { useEffect, useState } from 'preact/hooks';
import { fingerprintWords, getOrCreateIdentity } from '../../app/identity';
import { t } from '../state/language';
import { FingerprintWords } from './FingerprintWords';
import '../share/qr.css';

/** Reads the words aloud in English (they come from an English word list), where the phone can speak. */
function ReadAloud({ words }: { words: string[] }) {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const say = () => {
    const utterance = new SpeechSynthesisUtterance(words.join(', '));
    utterance.lang = 'en-GB';
    utterance.rate = 0.8;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  };
  return <button type="button" class="button small" onClick={say}>{t('sharing:myWords.readAloud')}</button>;
}

export function MyCheckWords({ id = 'my-check-words' }: { id?: string }) {
  const [words, setWords] = useState<string[] | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void getOrCreateIdentity().then((identity) => {
      if (!live) return;
      if (identity.ok) setWords(fingerprintWords(identity.value.sign.publicKey));
      else setFailed(true);
    });
    return () => { live = false; };
  }, []);
  if (failed) return null;
  return (
    <section class="card stack my-check-words" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sharing:myWords.title')}</h2>
      <p>{t('sharing:myWords.hint')}</p>
      {words ? <FingerprintWords id={id} words={words} /> : <p class="hint">{t('sharing:busy')}</p>}
      {words && <ReadAloud words={words} />}
    </section>
  );
}
