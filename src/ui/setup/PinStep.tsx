import { useState } from 'preact/hooks';
import { MIN_PIN_LENGTH, turnOnQuickPin } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { PassphraseField } from '../security/PassphraseField';

/** Optional quick unlock. We say plainly that a PIN is weaker than the passphrase. */
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
      <p>{t('secure:pin.explain')}</p>
      <p class="warning">{t('secure:pin.weaker')}</p>
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
