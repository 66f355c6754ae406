import { signal } from '@preact/signals';
import { applyUpdate, updateWaiting } from '../../sw/register';
import { t } from '../state/language';

const dismissed = signal(false);
const applying = signal(false);

/** Shown when a new version is waiting. It never reloads by itself. */
export function UpdatePrompt() {
  if (!updateWaiting.value || dismissed.value) return null;
  return (
    <div class="update-banner" role="region" aria-label={t('update.available')}>
      <p>{applying.value ? t('update.whenSaved') : t('update.available')}</p>
      <button
        type="button"
        class="button primary small"
        disabled={applying.value}
        onClick={() => {
          applying.value = true;
          void applyUpdate();
        }}
      >
        {t('update.reload')}
      </button>
      <button type="button" class="button small" onClick={() => (dismissed.value = true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
