// One catalogue item: its status and history, and a way to record the next step.
import { Provenance } from '../kit/Provenance';
import { useState } from 'preact/hooks';
import type { DevelopmentArea } from '../../app/journal';
import { statusOf, undoLastStep, type MilestoneEntry, type MilestoneItem } from '../../app/milestones';
import type { StoredChild } from '../../app/record-store';
import { announcement, t } from '../state/language';
import { formatDate } from '../kit/format';
import { journalError } from '../journal/shared';
import { StepForm } from './StepForm';

interface Props {
  child: StoredChild;
  item: MilestoneItem;
  area: DevelopmentArea;
  record: MilestoneEntry | undefined;
}

export function MilestoneRow({ child, item, area, record }: Props) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const status = statusOf(record);
  const name = t(`record:${item.labelKey}`);
  const takeBack = async () => {
    const r = await undoLastStep(child.id, item.code);
    if (!r.ok) return setError(journalError(r.error));
    setError(undefined);
    announcement.value = t('journal:milestones.tookBack', { name });
  };
  return (
    <li class={`milestone status-${status ?? 'none'}`} data-code={item.code}>
      <div class="milestone-head">
        <span class="milestone-name">{name}</span>
        <span class={`tag status-tag-${status ?? 'none'}`}>
          {status ? t(`record:milestoneStatus.${status}`) : t('journal:milestones.notRecorded')}
        </span>
      </div>
      {record && record.history.length > 0 && (
        <ol class="milestone-history" aria-label={t('journal:milestones.historyFor', { name })}>
          {record.history.map((s, i) => (
            <li key={i}>
              <span>{t(`record:milestoneStatus.${s.status}`)}</span>
              <time dateTime={s.date}>{formatDate(s.date)}</time>
              {s.observationId && <span class="hint">{t('journal:milestones.linked')}</span>}
              <Provenance value={s.contributedBy} />
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <StepForm child={child} item={item} area={area} current={status} onDone={() => setOpen(false)} />
      ) : (
        <div class="actions">
          <button type="button" class="button small" onClick={() => setOpen(true)} aria-label={t('journal:milestones.recordNamed', { name })}>
            {t('journal:milestones.record')}
          </button>
          {record && (
            <button type="button" class="button small" onClick={() => void takeBack()} aria-label={t('journal:milestones.takeBackNamed', { name })}>
              {t('journal:milestones.takeBack')}
            </button>
          )}
        </div>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
    </li>
  );
}
