import { useEffect, useState } from 'preact/hooks';
import { MIN_PIN_LENGTH, screenLockAvailable, turnOnQuickPin, turnOnScreenLock } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { PassphraseField } from '../security/PassphraseField';
import { Bi } from '../kit/Bi';

/**
 * The phone's own screen lock, offered first where the phone has one: a passkey whose PRF
 * secret wraps the vault key, so a copied storage is useless without the phone.
 */
function ScreenLockOption({ onDone }: { onDone: () => void }) {
  const [available, setAvailable] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void screenLockAvailable().then(setAvailable);
  }, []);
  if (!available) return null;
  const turnOn = async () => {
    setBusy(true);
    setError(undefined);
    const done = await turnOnScreenLock();
    setBusy(false);
    if (!done.ok) return setError(errorText(done.error));
    onDone();
  };
  return (
    <div class="card stack screen-lock" role="group" aria-labelledby="screen-lock-title">
      <h2 id="screen-lock-title"><Bi k="secure:screenLock.title" /></h2>
      <p><Bi k="secure:screenLock.explain" /></p>
      {error && <p class="form-error" role="alert">{error}</p>}
      <button type="button" class="button primary" disabled={busy} onClick={() => void turnOn()}>
        {busy ? t('secure:busy') : t('secure:screenLock.turnOn')}
      </button>
      <p class="hint"><Bi k="secure:screenLock.or" /></p>
    </div>
  );
}

/** Optional quick unlock: the screen lock first where there is one, else a PIN, said plainly to be weaker than the passphrase. */
export function PinForm({ onDone, onSkip, skipLabel }: { onDone: () => void; onSkip?: () => void; skipLabel?: string }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const valid = /^\d+$/.test(pin) && pin.length >= MIN_PIN_LENGTH && pin.length <= 12;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (pin !== again) return setError(t('secure:pin.mismatch'));
    setBusy(true);
    const result = await turnOnQuickPin(pin);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    onDone();
  };
  return (
    <form class="stack" onSubmit={submit}>
      <ScreenLockOption onDone={onDone} />
      <p><Bi k="secure:pin.explain" /></p>
      <p class="warning"><Bi k="secure:pin.weaker" /></p>
      <PassphraseField id="pin" label={t('secure:pin.label', { count: MIN_PIN_LENGTH })} value={pin} onInput={setPin} autoComplete="off" inputMode="numeric" />
      <PassphraseField id="pin-again" label={t('secure:pin.repeat')} value={again} onInput={setAgain} autoComplete="off" inputMode="numeric" />
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={!valid || busy}>
          {busy ? t('secure:busy') : t('secure:pin.turnOn')}
        </button>
        {onSkip && (
          <button type="button" class="button" onClick={onSkip}>
            {skipLabel ?? t('secure:pin.skip')}
          </button>
        )}
      </div>
    </form>
  );
}
