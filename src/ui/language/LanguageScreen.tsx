import { useLocation } from 'preact-iso';
import { applyLanguage, currentLanguage, t } from '../state/language';
import { LanguageOptions } from './LanguageOptions';

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
        <button type="submit" class="button primary">
          {t('language.continue')}
        </button>
      </form>
    </section>
  );
}
