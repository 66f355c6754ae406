// Asked once, gently, when a child arrives with a past: were the vaccinations and checks up to
// now done? Until the parent answers, those items read "not recorded yet", never "overdue".
import { useState } from 'preact/hooks';
import { setEarlierHealth, type HealthView } from '../../app/health';
import type { StoredChild } from '../../app/passport';
import { EARLIER_HEALTH_ANSWERS, type EarlierHealth } from '../../domain/index';
import { t } from '../state/language';

/** Whether anything was already past, with nothing written down, when the child was added. */
export function hasEarlierGaps(view: HealthView): boolean {
  return view.doses.some((d) => d.state === 'not-recorded') || view.reviews.some((r) => r.state === 'not-recorded');
}

export function EarlierHealthQuestion({ child, view }: { child: StoredChild; view: HealthView }) {
  const [choice, setChoice] = useState<EarlierHealth | undefined>();
  const [failed, setFailed] = useState(false);
  const name = child.preferredName || child.name;
  if (!hasEarlierGaps(view)) return null;
  if (child.earlierHealth !== undefined) {
    // Answered: "some" and "not sure" leave the past items as they are, with a way to fill them in.
    return child.earlierHealth === 'all-done' ? null : <p class="notice no-print">{t('health:earlier.someHint')}</p>;
  }
  const save = async () => {
    if (!choice) return;
    const saved = await setEarlierHealth(child, choice);
    setFailed(!saved.ok);
  };
  return (
    <div class="card stack no-print earlier-health" role="group" aria-labelledby="earlier-title">
      <h2 id="earlier-title">{t('health:earlier.title')}</h2>
      <fieldset class="stack">
        <legend>{t('health:earlier.question', { name })}</legend>
        {EARLIER_HEALTH_ANSWERS.map((answer) => (
          <label key={answer} class="choice">
            <input type="radio" name="earlier-health" value={answer} checked={choice === answer} onChange={() => setChoice(answer)} />
            {t(`health:earlier.${answer}`)}
          </label>
        ))}
      </fieldset>
      {failed && <p class="form-error" role="alert">{t('health:earlier.failed')}</p>}
      <button type="button" class="button primary" disabled={!choice} onClick={() => void save()}>{t('health:earlier.save')}</button>
    </div>
  );
}
