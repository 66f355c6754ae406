import { useLocation } from 'preact-iso';
import { applyLanguage, currentLanguage, t } from '../state/language';
import { LanguageOptions } from './LanguageOptions';
import { i18next } from '../../i18n';
import { bilingual, setBilingual } from '../state/bilingual';

/** The very first screen: nothing else makes sense until the parent can read it. */
export function LanguageScreen() {
  const { route } = useLocation();
  const confirm = async (e: Event) => {
    e.preventDefault();
    await applyLanguage(currentLanguage.value?.code ?? 'en', true);
    route('/welcome');
  };
  return (
    <section class="screen" aria-labelledby="language-title">
      <h1 id="language-title">{t('language.title')}</h1>
      <form onSubmit={confirm}>
        <fieldset>
          <legend class="visually-hidden">{t('language.title')}</legend>
          <LanguageOptions name="first-language" onPick={(code) => void applyLanguage(code, false)} />
        </fieldset>
        <p class="hint">{t('language.hint')}</p>
        <BilingualToggle />
        <button type="submit" class="button primary">
          {t('language.continue')}
        </button>
      </form>
    </section>
  );
}

/**
 * The key worker's bilingual mode. Its own words are always in English too, under the family's
 * language, so a key worker who reads only English finds it.
 */
function BilingualToggle() {
  const lang = currentLanguage.value;
  // Pseudo-locales stand in for English: they get no second English line.
  const english = (key: string) => (!lang || lang.code === 'en' || lang.pseudo ? undefined : i18next.getFixedT('en')(key));
  return (
    <label class="choice bilingual-toggle">
      <input type="checkbox" checked={bilingual.value} onChange={(e) => setBilingual((e.target as HTMLInputElement).checked)} />
      <span>
        {t('bilingual.toggle')}
        {english('bilingual.toggle') && <span class="bilingual-en" lang="en" dir="ltr">{english('bilingual.toggle')}</span>}
        <span class="hint">{t('bilingual.hint')}</span>
      </span>
    </label>
  );
}
