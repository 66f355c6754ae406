import type { AppointmentEntry } from '../../domain/index';
import { codeLabelKey } from '../../domain/index';
import { recordStore } from '../../app/record-store';
import { t } from '../state/language';
import { ConfirmDelete } from '../kit/ConfirmDelete';
import { formatTime } from '../kit/format';

interface Props {
  appt: AppointmentEntry;
  clashesWith?: readonly AppointmentEntry[] | undefined;
  onCalendar: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

export const reasonLabel = (a: AppointmentEntry) => t('record:' + codeLabelKey('appointmentReason', a.reason));

function clashText(appt: AppointmentEntry, other: AppointmentEntry): string {
  const values = { reason: reasonLabel(other), start: formatTime(other.start), end: formatTime(other.end) };
  if (other.childId === appt.childId) return t('support:appointment.clashWith', values);
  const sibling = recordStore.child(other.childId);
  return t('support:appointment.clashWithChild', { ...values, name: sibling?.preferredName ?? sibling?.name ?? '' });
}

/** One appointment: when, why, who, where, a note; clashes in plain words; calendar, edit, delete. */
export function AppointmentCard({ appt, clashesWith, onCalendar, onEdit, onDelete }: Props) {
  const headingId = `appt-${appt.id}`;
  const reason = reasonLabel(appt);
  const time = t('support:appointment.timeRange', { start: formatTime(appt.start), end: formatTime(appt.end) });
  return (
    <article class={`record-card${clashesWith?.length ? ' has-clash' : ''}`} aria-labelledby={headingId} data-entry-id={appt.id}>
      <h4 id={headingId}>{t('support:appointment.cardTitle', { time, reason })}</h4>
      {appt.sensitive && <span class="tag">{t('support:common.sensitive')}</span>}
      <dl>
        {appt.who && (<><dt>{t('support:appointment.who')}</dt><dd dir="auto">{appt.who}</dd></>)}
        {appt.where && (<><dt>{t('support:appointment.where')}</dt><dd dir="auto">{appt.where}</dd></>)}
        {appt.note && (<><dt>{t('support:appointment.note')}</dt><dd lang={appt.note.lang} dir="auto">{appt.note.text}</dd></>)}
      </dl>
      {clashesWith?.map((other) => (
        <p key={other.id} class="clash-warning"><span aria-hidden="true">⚠ </span>{clashText(appt, other)}</p>
      ))}
      <div class="actions">
        <button type="button" class="button small" onClick={onCalendar}>{t('support:calendar.add')}</button>
        <button type="button" class="button small" onClick={onEdit}>{t('support:common.edit')}</button>
        <ConfirmDelete question={t('support:appointment.deleteQuestion', { reason, time })} onConfirm={onDelete} />
      </div>
    </article>
  );
}
