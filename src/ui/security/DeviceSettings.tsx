import { useEffect, useState } from 'preact/hooks';
import { ERASE_CONFIRMATION_WORD, eraseEverything, requestPersistence, storageInfo, tellOtherTabs, type StorageInfo } from '../../app';
import { errorText } from '../state/errors';
import { formatSize } from '../kit/format';
import { t } from '../state/language';

function formatBytes(bytes: number | undefined): string {
  return bytes === undefined ? '—' : formatSize(bytes);
}

/** Storage use, persistence, and erasing everything. Available locked or unlocked. */
export function DeviceSettings() {
  const [info, setInfo] = useState<StorageInfo | undefined>();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => void storageInfo().then(setInfo), []);
  const persist = async () => {
    await requestPersistence();
    setInfo(await storageInfo());
  };
  const erase = async (e: Event) => {
    e.preventDefault();
    const result = await eraseEverything();
    if (!result.ok) return setError(errorText(result.error));
    tellOtherTabs({ type: 'erased' });
    location.assign('/');
  };
  const persistedText = info?.persisted === true ? 'persisted' : info?.persisted === false ? 'notPersisted' : 'persistUnknown';
  return (
    <>
      <section class="card stack" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('secure:device.storageTitle')}</h2>
        <p data-storage-used>{t('secure:device.used', { used: formatBytes(info?.usedBytes), quota: formatBytes(info?.quotaBytes) })}</p>
        <p data-persisted={String(info?.persisted)}>{t(`secure:device.${persistedText}`)}</p>
        {info?.persisted === false && (
          <button type="button" class="button" onClick={() => void persist()}>{t('secure:device.askPersist')}</button>
        )}
      </section>
      <section class="card stack danger" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('secure:device.eraseTitle')}</h2>
        <p>{t('secure:device.eraseExplain')}</p>
        <form class="stack" onSubmit={erase}>
          <div class="field">
            <label for="erase-confirm">{t('secure:device.eraseType', { word: ERASE_CONFIRMATION_WORD })}</label>
            <input id="erase-confirm" lang="en" dir="ltr" autoComplete="off" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
          </div>
          {error && <p class="form-error" role="alert">{error}</p>}
          <button type="submit" class="button danger" disabled={typed.trim().toUpperCase() !== ERASE_CONFIRMATION_WORD}>
            {t('secure:device.eraseButton')}
          </button>
        </form>
      </section>
    </>
  );
}
