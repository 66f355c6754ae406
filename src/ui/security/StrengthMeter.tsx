import { passphraseStrength } from '../../app';
import { t } from '../state/language';

/** A meter that reads any script: it judges length and variety, not English words. */
export function StrengthMeter({ value }: { value: string }) {
  const s = passphraseStrength(value);
  return (
    <div class="strength" data-level={s.level}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={s.level} aria-label={t('secure:strength.label')} />
      <p class="hint" aria-live="polite">
        {t(`secure:strength.level${s.level}`)} — {t(`secure:strength.hint.${s.hint}`)}
      </p>
    </div>
  );
}
