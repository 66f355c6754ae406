// Record one step of a milestone: status, date, and an optional observation that shows it.
import { deviceToday } from '../../app/clock';
import { useState } from 'preact/hooks';
import { observationsForLinking, type DevelopmentArea } from '../../app/journal';
import { MILESTONE_STATUSES, recordMilestoneStep, type MilestoneItem, type MilestoneStatus } from '../../app/milestones';
import type { StoredChild } from '../../app/record-store';
import { announcement, t } from '../state/language';
import { formatDate } from '../kit/format';
import { journalError } from '../journal/shared';

interface Props {
  child: StoredChild;
  item: MilestoneItem;
  area: DevelopmentArea;
  current: MilestoneStatus | undefined;
  onDone: () => void;
}

export function StepForm({ child, item, area, current, onDone }: Props) {
  const nextStatus = MILESTONE_STATUSES[Math.min(MILESTONE_STATUSES.indexOf(current ?? 'emerging') + (current ? 1 : 0), 2)]!;
  const [status, setStatus] = useState<MilestoneStatus>(nextStatus);
  const [date, setDate] = useState<string>(deviceToday());
  const [observationId, setObservationId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const p = `step-${item.code}`;
  const observations = observationsForLinking(child.id, area);
  const name = t(`record:${item.labelKey}`);

  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await recordMilestoneStep(child.id, { code: item.code, status, date, ...(observationId ? { observationId } : {}) });
    if (!r.ok) return setError(journalError(r.error));
    announcement.value = t('journal:milestones.saved', { name, status: t(`record:milestoneStatus.${status}`) });
    onDone();
  };

  return (
    <form class="step-form stack" onSubmit={submit} aria-label={t('journal:milestones.recordFor', { name })} noValidate>
      <fieldset class="marks">
        <legend>{t('journal:milestones.status')}</legend>
        {MILESTONE_STATUSES.map((s) => (
          <label key={s} class={`choice${status === s ? ' selected' : ''}`}>
            <input type="radio" name={`${p}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
            <span>{t(`record:milestoneStatus.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${p}-date`}>{t('journal:milestones.date')}</label>
        <input id={`${p}-date`} type="date" value={date} min={child.dob} max={deviceToday()} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </div>
      {observations.length > 0 && (
        <div class="field">
          <label for={`${p}-obs`}>{t('journal:milestones.linkObservation')}</label>
          <select id={`${p}-obs`} value={observationId} onChange={(e) => setObservationId((e.target as HTMLSelectElement).value)}>
            <option value="">{t('journal:milestones.noLink')}</option>
            {observations.map((o) => (
              <option key={o.id} value={o.id}>
                {t('journal:milestones.observationOption', { date: formatDate(o.date), text: o.text.text.slice(0, 60) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary">{t('journal:milestones.save')}</button>
        <button type="button" class="button" onClick={onDone}>{t('journal:milestones.cancel')}</button>
      </div>
    </form>
  );
}
