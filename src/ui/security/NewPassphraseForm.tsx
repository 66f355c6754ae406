import { useState } from 'preact/hooks';
import { passphraseStrength } from '../../app';
import { t } from '../state/language';
import { StrengthMeter } from './StrengthMeter';
import { PassphraseField } from './PassphraseField';

interface Props {
  submitLabel: string;
  busy: boolean;
  error?: string | undefined;
  onSubmit: (passphrase: string, repeated: string) => void;
}

/** Choose a passphrase: twice, with a meter that works in every language. */
export function NewPassphraseForm({ submitLabel, busy, error, onSubmit }: Props) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [touched, setTouched] = useState(false);
  const strong = passphraseStrength(first).acceptable;
  const mismatch = touched && second.length > 0 && first !== second;
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        onSubmit(first, second);
      }}
    >
      <p class="hint">{t('secure:passphrase.advice')}</p>
      <PassphraseField id="new-passphrase" label={t('secure:passphrase.new')} value={first} onInput={setFirst} autoComplete="new-password" />
      <StrengthMeter value={first} />
      <PassphraseField
        id="repeat-passphrase"
        label={t('secure:passphrase.repeat')}
        value={second}
        onInput={(v) => { setSecond(v); setTouched(true); }}
        autoComplete="new-password"
        invalid={mismatch}
      />
      {mismatch && <p class="field-error">{t('secure:error.passphrase-mismatch')}</p>}
      {error && <p class="form-error" role="alert">{error}</p>}
      <button type="submit" class="button primary" disabled={busy || !strong || first !== second}>
        {busy ? t('secure:busy') : submitLabel}
      </button>
    </form>
  );
}
