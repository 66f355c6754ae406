import { useMemo, useState } from 'preact/hooks';
import { positionsToConfirm, wrongConfirmations, type RecoverySheet } from '../../app';
import { t } from '../state/language';
import { TextScanner } from '../scan/TextScanner';
import { Bi } from '../kit/Bi';

/** Proves the parent kept the recovery words, before setup can finish. */
export function ConfirmWords({ sheet, onConfirmed, onBack }: { sheet: RecoverySheet; onConfirmed: () => void; onBack: () => void }) {
  const positions = useMemo(() => positionsToConfirm(), [sheet]);
  const [answers, setAnswers] = useState(new Map<number, string>());
  const [wrong, setWrong] = useState<number[]>([]);
  const [scanning, setScanning] = useState(false);
  /** The printed sheet's QR code holds all 24 words: scanning it proves the sheet was kept. */
  const scanned = (text: string): boolean => {
    if (text.trim() !== sheet.qrText) return false;
    setScanning(false);
    onConfirmed();
    return true;
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const bad = wrongConfirmations(sheet, new Map(positions.map((p) => [p, answers.get(p) ?? ''])));
    setWrong(bad);
    if (bad.length === 0) onConfirmed();
  };
  return (
    <form class="stack" onSubmit={submit}>
      <p><Bi k="secure:confirm.intro" /></p>
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
          <Bi k="secure:confirm.wrong" values={{ positions: wrong.join(', ') }} />
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary"><Bi k="secure:confirm.submit" /></button>
        <button type="button" class="button" onClick={onBack}><Bi k="secure:confirm.showAgain" /></button>
      </div>
      <section class="card stack" aria-labelledby="confirm-scan-title">
        <h2 id="confirm-scan-title"><Bi k="secure:confirm.scanTitle" /></h2>
        {scanning ? (
          <>
            <TextScanner onText={scanned} wrongCode={t('secure:confirm.scanWrong')} />
            <button type="button" class="button" onClick={() => setScanning(false)}>{t('secure:recover.scanStop')}</button>
          </>
        ) : (
          <button type="button" class="button" onClick={() => setScanning(true)}><Bi k="secure:confirm.scan" /></button>
        )}
      </section>
    </form>
  );
}
