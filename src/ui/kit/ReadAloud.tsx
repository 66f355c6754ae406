// A speaker button that reads a text aloud with the Web Speech API, in the text's own language.
// It never fails silently: a phone with no voice for that language (or no speech at all) is told so
// in plain words, beside the button. Nothing leaves the phone: the browser's own voices only.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../state/language';
import { languageName } from './format';
import './kit.css';

type Outcome = 'idle' | 'speaking' | 'no-voice' | 'no-speech';

/** The voice for a BCP 47 tag: the same language and region first, then the same language. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  // zh-Hans is written Chinese: a Mandarin voice (zh-CN) reads it.
  return voices.find((v) => norm(v) === wanted) ?? voices.find((v) => norm(v).split('-')[0] === base);
}

/** The voices, once the browser has listed them (some list them only after a moment). */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 1500);
    synth.addEventListener('voiceschanged', done);
  });
}

interface Props {
  /** What to read. A function is called at the tap, so the text is the one on screen then. */
  text: string | (() => string);
  /** The language the text is written in. */
  lang: string;
  /** Names what is read, for people who use a screen reader ("Read aloud: the note from 3 May"). */
  what?: string;
}

export function ReadAloud({ text, lang, what }: Props) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  useEffect(() => () => {
    // Leaving the screen stops the voice.
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  }, []);

  const speak = async () => {
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return setOutcome('no-speech');
    const synth = speechSynthesis;
    if (outcome === 'speaking') {
      synth.cancel();
      return setOutcome('idle');
    }
    const voice = voiceFor(await loadVoices(synth), lang);
    if (!voice) return setOutcome('no-voice');
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(typeof text === 'function' ? text() : text);
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than the default: easier to follow
    utterance.onend = () => setOutcome('idle');
    utterance.onerror = () => setOutcome('idle');
    setOutcome('speaking');
    synth.speak(utterance);
  };

  const label = outcome === 'speaking' ? t('common:readAloud.stop') : t('common:readAloud.read');
  return (
    <span class="read-aloud">
      <button type="button" class="button read-aloud-button" aria-pressed={outcome === 'speaking'}
        aria-label={what ? `${label}: ${what}` : label} onClick={() => void speak()}>
        <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
          {outcome === 'speaking'
            ? <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" fill="none" />
            : <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" stroke="currentColor" stroke-width="2" fill="none" />}
        </svg>
        <span>{label}</span>
      </button>
      {(outcome === 'no-voice' || outcome === 'no-speech') && (
        <span class="hint read-aloud-missing" role="status">
          {outcome === 'no-voice' ? t('common:readAloud.noVoice', { language: languageName(lang) }) : t('common:readAloud.noSpeech')}
        </span>
      )}
    </span>
  );
}
