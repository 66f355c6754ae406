import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { quickPinAvailable, screenLockIsOn, unlock, unlockPin, unlockScreenLock, type AppResult, type Unlocked } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { homePath } from '../shell/Guards';
import { lastLockReason, markUnlocked } from '../state/vault';
import { PassphraseField } from '../security/PassphraseField';
import { launchedFile } from '../shell/LaunchedFiles';

/** Counts down a wait imposed after repeated wrong tries. */
function useCountdown(): [number, (ms: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (until <= now) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [until, now]);
  return [Math.max(0, Math.ceil((until - now) / 1000)), (ms) => { setNow(Date.now()); setUntil(Date.now() + ms); }];
}

export function UnlockScreen() {
  const { route } = useLocation();
  const [usePin, setUsePin] = useState(false);
  const [pinAvailable, setPinAvailable] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [wait, startWait] = useCountdown();
  const [screenLock, setScreenLock] = useState(false);

  useEffect(() => {
    void quickPinAvailable().then((yes) => {
      setPinAvailable(yes);
      setUsePin(yes);
    });
    void screenLockIsOn().then(setScreenLock);
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    await finish(usePin ? unlockPin(secret) : unlock(secret));
  };

  const finish = async (attempt: Promise<AppResult<Unlocked>>) => {
    setBusy(true);
    setError(undefined);
    const result = await attempt;
    setBusy(false);
    setSecret('');
    if (!result.ok) {
      if (result.retryAfterMs) startWait(result.retryAfterMs);
      if (result.error === 'pin-disabled') {
        setPinAvailable(false);
        setUsePin(false);
      }
      return setError(errorText(result.error, result));
    }
    markUnlocked(result.value.role, result.value.mustChangePassphrase);
    // A file the phone opened the app with waits for the unlock, then opens.
    route(launchedFile.value ? '/open-file' : homePath());
  };

  const reason = lastLockReason.value;
  return (
    <section class="screen" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('secure:unlock.title')}</h1>
      {reason && reason !== 'user' && <p class="notice">{t(`secure:unlock.lockedBecause.${reason}`)}</p>}
      {screenLock && (
        <p>
          <button type="button" class="button primary" disabled={busy} onClick={() => void finish(unlockScreenLock())}>
            {t('secure:screenLock.unlock')}
          </button>
        </p>
      )}
      <form class="stack" onSubmit={submit}>
        <PassphraseField
          id="unlock-secret"
          label={usePin ? t('secure:unlock.pin') : t('secure:unlock.passphrase')}
          value={secret}
          onInput={setSecret}
          autoComplete={usePin ? 'off' : 'current-password'}
          inputMode={usePin ? 'numeric' : 'text'}
          autoFocus
        />
        {error && <p class="form-error" role="alert">{error}</p>}
        {wait > 0 && <p class="hint" aria-live="polite">{t('secure:unlock.wait', { count: wait })}</p>}
        <button type="submit" class="button primary" disabled={busy || wait > 0 || secret.length === 0}>
          {busy ? t('secure:unlock.opening') : t('secure:unlock.submit')}
        </button>
      </form>
      <div class="actions">
        {pinAvailable && (
          <button type="button" class="button" onClick={() => { setUsePin(!usePin); setError(undefined); }}>
            {usePin ? t('secure:unlock.usePassphrase') : t('secure:unlock.usePin')}
          </button>
        )}
        <a class="button" href="/recover">{t('secure:unlock.forgot')}</a>
      </div>
    </section>
  );
}
