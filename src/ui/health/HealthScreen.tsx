import { healthOf } from '../../app/health';
import type { SectionProps } from '../child/section-props';
import { t } from '../state/language';
import { AllergiesPanel } from './AllergiesPanel';
import { ConditionsPanel } from './ConditionsPanel';
import { UndoBar } from '../kit/undo';
import { useRecordVersion } from './fields';
import { GrowthPanel } from './GrowthPanel';
import { ImmunisationsPanel } from './ImmunisationsPanel';
import { MedicinesPanel } from './MedicinesPanel';
import { OverviewPanel } from './OverviewPanel';
import { EarlierHealthQuestion } from './EarlierHealth';
import { ReviewsPanel } from './ReviewsPanel';
import './health.css';
import { withNamespace } from '../kit/WithNamespace';

export const HEALTH_VIEWS = ['overview', 'conditions', 'allergies', 'medicines', 'immunisations', 'growth', 'reviews'] as const;
export type HealthViewName = (typeof HEALTH_VIEWS)[number];

/** /child/:id/health/:view? — the child's health, one part at a time. */
function HealthScreenReady({ child, sub }: SectionProps) {
  const viewName: HealthViewName = (HEALTH_VIEWS as readonly string[]).includes(sub ?? '') ? (sub as HealthViewName) : 'overview';
  useRecordVersion();
  const view = healthOf(child);
  const name = child.preferredName ?? child.name;
  const base = `/child/${child.id}/health`;
  const panelProps = { child, view };
  return (
    <section class="screen health" aria-labelledby="health-title">
      <h1 id="health-title">{t('health:title', { name })}</h1>
      <nav aria-label={t('health:nav.label')} class="subnav no-print">
        <ul>
          {HEALTH_VIEWS.map((v) => (
            <li key={v}>
              <a href={v === 'overview' ? base : `${base}/${v}`} aria-current={v === viewName ? 'page' : undefined}>
                {t(`health:nav.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <UndoBar />
      {(viewName === 'overview' || viewName === 'immunisations' || viewName === 'reviews') && <EarlierHealthQuestion {...panelProps} />}
      {viewName === 'overview' && <OverviewPanel {...panelProps} base={base} />}
      {viewName === 'conditions' && <ConditionsPanel {...panelProps} />}
      {viewName === 'allergies' && <AllergiesPanel {...panelProps} />}
      {viewName === 'medicines' && <MedicinesPanel {...panelProps} />}
      {viewName === 'immunisations' && <ImmunisationsPanel {...panelProps} />}
      {viewName === 'growth' && <GrowthPanel {...panelProps} />}
      {viewName === 'reviews' && <ReviewsPanel {...panelProps} />}
    </section>
  );
}

/** The health section's words are their own namespace, loaded when the parent first opens it. */
export const HealthScreen = withNamespace('health', HealthScreenReady);
