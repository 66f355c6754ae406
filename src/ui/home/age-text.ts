import { ageSummary, type StoredChild } from '../../app/family';
import { t } from '../state/language';

/** "8 months", or "3 months (corrected age)" for a premature baby under two. */
export function ageText(child: Pick<StoredChild, 'dob' | 'gestationWeeks'>, now = Date.now()): string {
  const age = ageSummary(child, now);
  const plain = t(`family:age.${age.unit}`, { count: age.count });
  return age.basis === 'corrected' ? t('family:age.corrected', { age: plain }) : plain;
}

/** "Born 7 weeks early", or undefined for a baby born at term (or gestation unknown). */
export function prematureText(child: Pick<StoredChild, 'dob' | 'gestationWeeks'>): string | undefined {
  const age = ageSummary(child);
  return age.premature ? t('family:age.bornEarly', { count: age.weeksEarly }) : undefined;
}
