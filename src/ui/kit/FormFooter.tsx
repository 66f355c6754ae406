import { t } from '../state/language';

interface Props {
  sensitive: boolean;
  onSensitive: (sensitive: boolean) => void;
  /** A form-level error (field errors sit by their fields). */
  error?: string | undefined;
  saveLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** The end of an entry form: the "sensitive" tick, a form-level error, Save and Cancel. */
export function FormFooter({ sensitive, onSensitive, error, saveLabel, busy, onCancel }: Props) {
  return (
    <>
      <label class="choice">
        <input type="checkbox" checked={sensitive} onChange={(e) => onSensitive((e.target as HTMLInputElement).checked)} />
        <span>{t('support:common.markSensitive')}<span class="hint">{t('support:common.sensitiveHint')}</span></span>
      </label>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>{saveLabel}</button>
        <button type="button" class="button" onClick={onCancel}>{t('support:common.cancel')}</button>
      </div>
    </>
  );
}
