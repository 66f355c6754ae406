import { t } from '../state/language';

export function ErrorScreen() {
  return (
    <section class="screen" aria-labelledby="error-title">
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" class="button primary" onClick={() => location.reload()}>
        {t('error.reload')}
      </button>
    </section>
  );
}

export function NotFound() {
  return (
    <section class="screen" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('error.notFound')}</h1>
      <a class="button" href="/">
        {t('error.goHome')}
      </a>
    </section>
  );
}
