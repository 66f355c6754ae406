import { t } from '../state/language';

export function AboutScreen() {
  return (
    <section class="screen" aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('about.body')}</p>
      <p>{t('about.privacy')}</p>
      <p class="hint">{t('about.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}
