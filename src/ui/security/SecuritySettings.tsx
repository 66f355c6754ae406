import { useEffect, useState } from 'preact/hooks';
import {
  AUTO_LOCK_CHOICES, loadSettings, quickPinAvailable, saveSettings, screenLockIsOn, turnOffQuickPin, turnOffScreenLock, type VaultSettings,
} from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { autoLockMinutes } from '../state/autolock';
import { ChangePassphrase } from './ChangePassphrase';
import { PinForm } from '../setup/PinStep';

/** Settings that need the record unlocked: auto-lock, passphrase, quick PIN. */
export function SecuritySettings() {
  const [settings, setSettings] = useState<VaultSettings | undefined>();
  const [pin, setPin] = useState<boolean | undefined>();
  const [screenLock, setScreenLock] = useState<boolean | undefined>();
  const [addingPin, setAddingPin] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    void quickPinAvailable().then(setPin);
    void screenLockIsOn().then(setScreenLock);
  }, []);
  const refresh = () => {
    void quickPinAvailable().then(setPin);
    void screenLockIsOn().then(setScreenLock);
  };
  const setMinutes = async (minutes: number) => {
    const next = { ...settings!, autoLockMinutes: minutes };
    const saved = await saveSettings(next);
    if (!saved.ok) return setError(errorText(saved.error));
    setSettings(next);
    autoLockMinutes.value = minutes;
  };
  return (
    <>
      <section class="card stack" aria-labelledby="autolock-title">
        <h2 id="autolock-title">{t('secure:settings.autoLockTitle')}</h2>
        <div class="field">
          <label for="autolock">{t('secure:settings.autoLockLabel')}</label>
          <select id="autolock" value={String(settings?.autoLockMinutes ?? 5)} onChange={(e) => void setMinutes(Number((e.target as HTMLSelectElement).value))}>
            {AUTO_LOCK_CHOICES.map((m) => <option key={m} value={m}>{t('secure:settings.minutes', { count: m })}</option>)}
          </select>
        </div>
        <p class="hint">{t('secure:settings.hiddenLock')}</p>
        {error && <p class="form-error" role="alert">{error}</p>}
      </section>
      <ChangePassphrase />
      <section class="card stack" aria-labelledby="pin-title">
        <h2 id="pin-title">{t('secure:settings.pinTitle')}</h2>
        {screenLock && (
          <>
            <p>{t('secure:screenLock.on')}</p>
            <button type="button" class="button" onClick={() => void turnOffScreenLock().then(refresh)}>{t('secure:screenLock.turnOff')}</button>
          </>
        )}
        <p>{pin ? t('secure:settings.pinOn') : !screenLock ? t('secure:settings.pinOff') : ''}</p>
        {pin && (
          <button type="button" class="button" onClick={() => void turnOffQuickPin().then(() => setPin(false))}>
            {t('secure:settings.pinTurnOff')}
          </button>
        )}
        {!pin && !addingPin && (
          <button type="button" class="button" onClick={() => setAddingPin(true)}>{t('secure:pin.turnOn')}</button>
        )}
        {!pin && addingPin && <PinForm onDone={() => { refresh(); setAddingPin(false); }} onSkip={() => setAddingPin(false)} skipLabel={t('secure:cancel')} />}
      </section>
    </>
  );
}
