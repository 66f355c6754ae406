import { LANGUAGES, PSEUDO_LANGUAGES, type Language } from '../../i18n';
import { useState } from 'preact/hooks';
import { currentLanguage } from '../state/language';

// Pseudo-locales are offered in dev builds, or when a test opens ?pseudo.
function shownLanguages(): readonly Language[] {
  const withPseudo = import.meta.env.DEV || new URLSearchParams(location.search).has('pseudo');
  return withPseudo ? [...LANGUAGES, ...PSEUDO_LANGUAGES] : LANGUAGES;
}

interface Props {
  name: string;
  onPick: (code: string) => void;
}

/** The language list as radio buttons: each name in its own script and direction. */
export function LanguageOptions({ name, onPick }: Props) {
  // The tapped language stays ticked while its strings load: a re-render meanwhile (the offline
  // status changing, say) must not flip the radio back to the old language on a slow phone.
  // It counts only until the language changes (to it, or to another one chosen elsewhere).
  const current = currentLanguage.value?.code;
  const [picked, setPicked] = useState<{ code: string; from: string | undefined } | undefined>();
  const selected = picked && picked.from === current ? picked.code : current;
  return (
    <div class="language-options">
      {shownLanguages().map((lang) => (
        <label key={lang.code} class={`language-option${selected === lang.code ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={lang.code}
            checked={selected === lang.code}
            // click, not change: it also fires for the language already ticked
            // (so the menu can close) and for arrow-key moves in the group.
            onClick={() => {
              setPicked({ code: lang.code, from: current });
              onPick(lang.code);
            }}
          />
          <span class="native" lang={lang.pseudo ? 'en' : lang.code} dir={lang.dir}>
            {lang.nativeName}
          </span>
          {lang.englishName !== lang.nativeName && (
            <span class="english" lang="en" dir="ltr">
              {lang.englishName}
            </span>
          )}
          {/* Honest about the translation: no native speaker has checked it yet (docs/translations.md). */}
          {lang.reviewNote && (
            <span class="review-note" lang={lang.code} dir={lang.dir}>
              {lang.reviewNote}
            </span>
          )}
        </label>
      ))}
    </div>
  );
}
