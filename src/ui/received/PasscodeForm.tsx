import { useState } from 'preact/hooks';
import { t } from '../state/language';

interface Props {
  /** The input's id: both the link viewer and the scanner show this form. */
  id: string;
  onSubmit: (passcode: string) => Promise<void>;
  /** When given, a second button goes back (to the camera). */
  onCancel?: () => void;
}

/** The passcode the family says out loud for an open share; what was typed stays when it is wrong. */
export function PasscodeForm({ id, onSubmit, onCancel }: Props) {
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    await onSubmit(passcode);
    setBusy(false);
  };
  return (
    <form class="stack" onSubmit={(e) => void submit(e)}>
      <p>{t('receive:open.passcodeIntro')}</p>
      <div class="field">
        <label for={id}>{t('receive:open.passcode')}</label>
        <input
          id={id} type="text" autoComplete="off" autoCapitalize="none" spellcheck={false} lang="en" dir="ltr" value={passcode}
          onInput={(e) => setPasscode(e.currentTarget.value)}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy || passcode === ''}>{t('receive:open.show')}</button>
        {onCancel && <button type="button" class="button" onClick={onCancel}>{t('receive:scan.scanAgain')}</button>}
      </div>
    </form>
  );
}
