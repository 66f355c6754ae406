import { useState } from 'preact/hooks';
import { t } from '../state/language';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'new-password' | 'current-password' | 'one-time-code' | 'off';
  invalid?: boolean;
  inputMode?: 'numeric' | 'text';
  autoFocus?: boolean;
}

/** A secret field with a show/hide toggle: long passphrases are easier to type when visible. */
export function PassphraseField({ id, label, value, onInput, autoComplete, invalid, inputMode, autoFocus }: Props) {
  const [shown, setShown] = useState(false);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          value={value}
          autoComplete={autoComplete}
          autoCapitalize="off"
          spellcheck={false}
          inputMode={inputMode}
          aria-invalid={invalid || undefined}
          autoFocus={autoFocus}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="button small" aria-pressed={shown} aria-controls={id} onClick={() => setShown(!shown)}>
          {shown ? t('secure:passphrase.hide') : t('secure:passphrase.show')}
        </button>
      </div>
    </div>
  );
}
