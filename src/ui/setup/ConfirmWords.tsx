import { useMemo, useState } from 'preact/hooks';
import { positionsToConfirm, wrongConfirmations, type RecoverySheet } from '../../app';
import { t } from '../state/language';

/** Proves the parent kept the recovery words, before setup can finish. */
export function ConfirmWords({ sheet, onConfirmed, onBack }: { sheet: RecoverySheet; onConfirmed: () => void; onBack: () => void }) {
  const positions = useMemo(() => positionsToConfirm(), [sheet]);
  const [answers, setAnswers] = useState(new Map<number, string>());
  const [wrong, setWrong] = useState<number[]>([]);
  const submit = (e: Event) => {
    e.preventDefault();
    const bad = wrongConfirmations(sheet, new Map(positions.map((p) => [p, answers.get(p) ?? ''])));
    setWrong(bad);
    if (bad.length === 0) onConfirmed();
  };
  return (
    <form class="stack" onSubmit={submit}>
      <p>{t('secure:confirm.intro')}</p>
      {positions.map((p) => (
        <div class="field" key={p}>
          <label for={`word-${p}`}>{t('secure:confirm.word', { position: p })}</label>
          <input
            id={`word-${p}`}
            lang="en"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            aria-invalid={wrong.includes(p) || undefined}
            value={answers.get(p) ?? ''}
            onInput={(e) => setAnswers(new Map(answers).set(p, (e.target as HTMLInputElement).value))}
          />
        </div>
      ))}
      {wrong.length > 0 && (
        <p class="form-error" role="alert">
          {t('secure:confirm.wrong', { positions: wrong.join(', ') })}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary">{t('secure:confirm.submit')}</button>
        <button type="button" class="button" onClick={onBack}>{t('secure:confirm.showAgain')}</button>
      </div>
    </form>
  );
}
