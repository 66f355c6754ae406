import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { beginSetup, finishSetup, setupReached, tellOtherTabs, type RecoverySheet as Sheet, type ResumedSetup, type SetupStep, type VaultRole } from '../../app';
import { errorText } from '../state/errors';
import { currentLanguage, t } from '../state/language';
import { ReadAloud } from '../kit/ReadAloud';
import { homePath } from '../shell/Guards';
import { markUnlocked } from '../state/vault';
import { NewPassphraseForm } from '../security/NewPassphraseForm';
import { ConfirmWords } from './ConfirmWords';
import { PinForm } from './PinStep';
import { RecoverySheet } from './RecoverySheet';
import { RoleChoice } from './RoleChoice';
import { focusHeading } from '../shell/FocusOnNavigate';
import { Bi } from '../kit/Bi';

type Step = 'role' | 'passphrase' | 'pin' | 'sheet' | 'confirm';
const STEPS: Step[] = ['role', 'passphrase', 'pin', 'sheet', 'confirm'];

/** First-run setup: role, passphrase, optional PIN, recovery sheet, confirmation. */
export function SetupScreen({ resumed }: { resumed?: ResumedSetup }) {
  const { route } = useLocation();
  const [step, setStepNow] = useState<Step>(resumed?.step ?? 'role');
  const [role, setRole] = useState<VaultRole>(resumed?.role ?? 'parent');
  const [sheet, setSheet] = useState<Sheet | undefined>(resumed?.sheet);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  // Each step is a new screen: focus starts at its heading (not on the page body).
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (heading.current) focusHeading(heading.current);
  }, [step]);

  /**
   * Remembers the step reached, then shows it, so a setup closed at any moment resumes at the step
   * that was on screen (one IndexedDB write; a failed write still moves on, resuming a step earlier).
   */
  const setStep = (next: Step) => {
    if (!sheet || next === 'role' || next === 'passphrase') return setStepNow(next);
    void setupReached(sheet, next satisfies SetupStep).finally(() => setStepNow(next));
  };

  const create = async (passphrase: string) => {
    setBusy(true);
    setError(undefined);
    const result = await beginSetup(role, passphrase);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    setSheet(result.value);
    tellOtherTabs({ type: 'setup-changed' });
    setStepNow('pin'); // beginSetup already kept this step with the words
  };

  const finish = async () => {
    const done = await finishSetup();
    if (!done.ok) return setError(errorText(done.error));
    setSheet(undefined); // the recovery words leave memory with the setup screen
    markUnlocked(role, false);
    tellOtherTabs({ type: 'setup-changed' });
    route(homePath());
  };

  return (
    <section class="screen" aria-labelledby="setup-title">
      <p class="step-count"><Bi k="secure:setup.step" values={{ step: STEPS.indexOf(step) + 1, total: STEPS.length }} /></p>
      <h1 id="setup-title" tabIndex={-1} ref={heading}><Bi k={`secure:setup.title.${step}`} /></h1>
      {step === 'role' && (
        <RoleChoice value={role} onChange={setRole} onContinue={() => setStep('passphrase')} />
      )}
      {step === 'passphrase' && (
        <NewPassphraseForm
          submitLabel={t('secure:setup.create')}
          busy={busy}
          error={error}
          onSubmit={(p, again) => (p === again ? void create(p) : setError(t('secure:error.passphrase-mismatch')))}
        />
      )}
      {step === 'pin' && <PinForm onDone={() => setStep('sheet')} onSkip={() => setStep('sheet')} />}
      {step === 'sheet' && sheet && (
        <div class="stack">
          {resumed?.replacedSheet && <p class="notice warning" role="alert"><Bi k="secure:resume.newSheet" /></p>}
          <p><Bi k="secure:sheet.intro" /></p>
          <ReadAloud text={t('secure:sheet.intro')} lang={currentLanguage.value?.code ?? 'en'} />
          <RecoverySheet sheet={sheet} />
          <div class="actions no-print">
            <button type="button" class="button" onClick={() => window.print()}>
              <Bi k="secure:sheet.print" />
            </button>
            <button type="button" class="button primary" onClick={() => setStep('confirm')}>
              <Bi k="secure:sheet.done" />
            </button>
          </div>
        </div>
      )}
      {step === 'confirm' && sheet && (
        <>
          <ConfirmWords sheet={sheet} onConfirmed={() => void finish()} onBack={() => setStep('sheet')} />
          {error && <p class="form-error" role="alert">{error}</p>}
        </>
      )}
    </section>
  );
}
