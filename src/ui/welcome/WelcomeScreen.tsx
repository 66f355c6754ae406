import { t } from '../state/language';

export function WelcomeScreen() {
  return (
    <section class="screen" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p class="lead">{t('welcome.intro')}</p>
      <ul class="points">
        <li>{t('welcome.pointPrivate')}</li>
        <li>{t('welcome.pointShare')}</li>
        <li>{t('welcome.pointOffline')}</li>
      </ul>
      <a class="button primary" href="/setup">
        {t('welcome.start')}
      </a>
    </section>
  );
}
