import { formatNumber } from '../kit/format';
import type { ComponentChildren } from 'preact';
import { MEASURES } from '../../app/health';
import { t } from '../state/language';
import { allergyName } from './AllergiesPanel';
import { formatDate } from '../kit/format';
import { codeLabel, type PanelProps } from './fields';
import { reviewWhen } from './ReviewsPanel';

function Summary({ id, title, href, more, children }: { id: string; title: string; href: string; more: string; children: ComponentChildren }) {
  return (
    <section class="card stack summary" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <a class="no-print" href={href}>{more}</a>
    </section>
  );
}

/** The whole of the child's health on one screen, each part linking to its details. */
export function OverviewPanel({ view, base }: PanelProps & { base: string }) {
  const attention = view.doses.filter((d) => d.state === 'due' || d.state === 'overdue');
  const nextReview = view.reviews.find((r) => r.state !== 'done');
  const latest = view.growth.at(-1);
  return (
    <div class="overview">
      <Summary id="ov-allergies" title={t('health:allergies.title')} href={`${base}/allergies`} more={t('health:overview.allAllergies')}>
        {view.allergies.length === 0 ? <p class="hint">{t('health:allergies.empty')}</p> : (
          <ul>{view.allergies.map((a) => <li key={a.id}>{t('health:overview.allergyLine', { name: allergyName(a), severity: codeLabel('allergySeverity', a.severity) })}</li>)}</ul>
        )}
      </Summary>
      <Summary id="ov-medicines" title={t('health:medicines.current')} href={`${base}/medicines`} more={t('health:overview.allMedicines')}>
        {view.currentMedicines.length === 0 ? <p class="hint">{t('health:medicines.noneCurrent')}</p> : (
          <ul>{view.currentMedicines.map((m) => <li key={m.entry.id}><bdi>{t('health:overview.medicineLine', { name: m.entry.name, dose: m.dose, frequency: m.frequency })}</bdi></li>)}</ul>
        )}
      </Summary>
      <Summary id="ov-conditions" title={t('health:conditions.title')} href={`${base}/conditions`} more={t('health:overview.allConditions')}>
        {view.conditions.length === 0 ? <p class="hint">{t('health:conditions.empty')}</p> : (
          <ul>{view.conditions.map((c) => <li key={c.id}><bdi lang={c.name.lang}>{c.name.text}</bdi></li>)}</ul>
        )}
      </Summary>
      <Summary id="ov-immunisations" title={t('health:nav.immunisations')} href={`${base}/immunisations`} more={t('health:overview.allImmunisations')}>
        {attention.length === 0 ? <p>{t('health:overview.nothingDue')}</p> : (
          <ul>{attention.map((d) => (
            <li key={d.dose.code}>
              <span class={`state state-${d.state}`}>{t(`record:doseState.${d.state}`)}</span>{' '}
              {t('health:overview.doseDue', { dose: t(`record:dose.${d.dose.code}`), date: formatDate(d.dueDate) })}
            </li>
          ))}</ul>
        )}
      </Summary>
      <Summary id="ov-reviews" title={t('health:reviews.title')} href={`${base}/reviews`} more={t('health:overview.allReviews')}>
        {nextReview ? (
          <p>
            <span class={`state state-${nextReview.state}`}>{t(`record:reviewState.${nextReview.state}`)}</span>{' '}
            {t('health:overview.reviewLine', { review: t(`record:healthReview.${nextReview.review}`), when: reviewWhen(nextReview) })}
          </p>
        ) : <p>{t('health:overview.reviewsDone')}</p>}
      </Summary>
      <Summary id="ov-growth" title={t('health:growth.title')} href={`${base}/growth`} more={t('health:overview.allGrowth')}>
        {latest ? (
          <>
            <p>{t('health:overview.latestGrowth', { date: formatDate(latest.measuredOn) })}</p>
            <ul>
              {MEASURES.filter((m) => latest[m] !== undefined).map((m) => (
                <li key={m}>{t(`health:overview.measure.${m}`, { value: formatNumber(latest[m]!) })}</li>
              ))}
            </ul>
          </>
        ) : <p class="hint">{t('health:growth.empty')}</p>}
      </Summary>
    </div>
  );
}
