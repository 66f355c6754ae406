import { offlineStatus } from '../../sw/register';
import { announcement, applyLanguage, t } from '../state/language';
import { LanguageOptions } from '../language/LanguageOptions';
import { SecuritySettings } from '../security/SecuritySettings';
import { DeviceSettings } from '../security/DeviceSettings';
import { vaultRole, vaultStatus } from '../state/vault';
import { BackupSettings } from '../backup/BackupSettings';
import { MyCheckWords } from '../identity/MyCheckWords';

const OFFLINE_TEXT = { ready: 'settings.offlineReady', installing: 'settings.offlineNotYet', unsupported: 'settings.offlineUnsupported' } as const;

export function SettingsScreen() {
  const pick = async (code: string) => {
    const lang = await applyLanguage(code, true);
    announcement.value = t('language.changed', { name: lang.nativeName });
  };
  return (
    <section class="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset class="card">
        <legend>{t('settings.languageSection')}</legend>
        <LanguageOptions name="settings-language" onPick={(code) => void pick(code)} />
      </fieldset>
      <section class="card" aria-labelledby="offline-title">
        <h2 id="offline-title">{t('settings.offlineSection')}</h2>
        <p data-offline-status={offlineStatus.value}>{t(OFFLINE_TEXT[offlineStatus.value])}</p>
      </section>
      {vaultStatus.value === 'unlocked' && <MyCheckWords id="settings-check-words" />}
      {vaultStatus.value === 'unlocked' && vaultRole.value === 'parent' && <BackupSettings />}
      {vaultStatus.value === 'unlocked' && <SecuritySettings />}
      <DeviceSettings />
    </section>
  );
}
