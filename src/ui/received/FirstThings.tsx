// What a professional must see before anything else, as on the red page of a hospital passport:
// the child's age (corrected too, for a baby born early), "Things you must know", and allergies.
// When Health was shared and holds no allergy, that is said outright: absence is never left blank.
import type { SharedContent } from '../../app/receive';
import { t } from '../state/language';
import { ageText, prematureText } from '../home/age-text';
import { codeLabel, WrittenText } from './format';

type Loose = Record<string, unknown>;

/** The shared child's age today, from the date of birth and weeks of pregnancy that came in the share. */
export function SharedAge({ child }: { child: SharedContent['child'] }) {
  if (typeof child.dob !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(child.dob)) return null;
  const basis = { dob: child.dob, ...(typeof child.gestationWeeks === 'number' ? { gestationWeeks: child.gestationWeeks } : {}) };
  const early = prematureText(basis);
  return (
    <p class="shared-age">
      <strong>{t('receive:first.age', { age: ageText(basis) })}</strong>
      {early && <> {early}</>}
    </p>
  );
}

export function FirstThings({ content }: { content: SharedContent }) {
  const entries: readonly Loose[] = content.entries;
  const passport = entries.find((e) => e.kind === 'passport');
  const mustKnow = passport?.mustKnow;
  const healthShared = content.sections.includes('health');
  const allergies = entries.filter((e) => e.kind === 'allergy');
  if (mustKnow === undefined && !healthShared) return null;
  return (
    <section class="card stack must-know-first" aria-labelledby="first-things">
      <h2 id="first-things">{t('receive:first.title')}</h2>
      {mustKnow !== undefined && <p class="must-know-text"><strong><WrittenText value={mustKnow} /></strong></p>}
      {healthShared && (
        allergies.length === 0 ? <p>{t('receive:first.noAllergies')}</p> : (
          <ul class="first-allergies" aria-label={t('receive:first.allergies')}>
            {allergies.map((a, i) => (
              <li key={i}>
                <strong>{t('receive:first.allergyLine', {
                  allergen: codeLabel('code.allergen', a.allergen), severity: codeLabel('code.allergySeverity', a.severity),
                })}</strong>
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}
