// After a note linked to milestones is saved: offer to record each milestone as "Getting there" or
// "Can do it" on the note's date, so linking a note is not a dead end for the milestone itself.
import { useState } from 'preact/hooks';
import { milestoneRecords, recordMilestoneStep, statusOf, type MilestoneStatus } from '../../app/milestones';
import type { ObservationEntry } from '../../app/journal';
import { formatDate } from '../kit/format';
import { messageFor } from '../kit/messages';
import { announcement, t } from '../state/language';

const OFFERED: readonly MilestoneStatus[] = ['developing', 'achieved'];

export function MarkLinkedMilestones({ note, onClose }: { note: ObservationEntry; onClose: () => void }) {
  const [done, setDone] = useState<Record<string, MilestoneStatus>>({});
  const [error, setError] = useState<string | undefined>();
  const records = milestoneRecords(note.childId);
  // A milestone already achieved has nothing more to mark.
  const open = note.milestoneCodes.filter((code) => statusOf(records.get(code)) !== 'achieved' || done[code]);
  if (open.length === 0) return null;

  const mark = async (code: string, status: MilestoneStatus) => {
    const r = await recordMilestoneStep(note.childId, { code, status, date: note.date, observationId: note.id });
    if (!r.ok) return setError(messageFor(r.error));
    setError(undefined);
    setDone((d) => ({ ...d, [code]: status }));
    announcement.value = t('journal:markLinked.marked', { name: t(`record:milestone.${code}`), status: t(`record:milestoneStatus.${status}`) });
  };

  return (
    <section class="card stack mark-linked" aria-labelledby="mark-linked-title">
      <h2 id="mark-linked-title">{t('journal:markLinked.title')}</h2>
      <p>{t('journal:markLinked.intro', { date: formatDate(note.date) })}</p>
      <ul class="stack">
        {open.map((code) => (
          <li key={code} class="stack">
            <strong>{t(`record:milestone.${code}`)}</strong>
            {done[code] ? (
              <p role="status">{t('journal:markLinked.marked', { name: t(`record:milestone.${code}`), status: t(`record:milestoneStatus.${done[code]}`) })}</p>
            ) : (
              <div class="actions" role="group" aria-label={t(`record:milestone.${code}`)}>
                {OFFERED.map((status) => (
                  <button key={status} type="button" class="button small" onClick={() => void mark(code, status)}>
                    {t(`record:milestoneStatus.${status}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {error && <p class="form-error" role="alert">{error}</p>}
      <button type="button" class="button" onClick={onClose}>{t('journal:markLinked.close')}</button>
    </section>
  );
}
