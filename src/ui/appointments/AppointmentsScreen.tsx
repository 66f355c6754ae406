import { useEffect, useState } from 'preact/hooks';
import {
  appointmentOverview, appointmentsIcs, appointmentToForm, deleteAppointment, emptyAppointmentForm, restoreAppointment,
} from '../../app/appointments';
import { recordStore } from '../../app/record-store';
import type { AppointmentDay, AppointmentEntry, EntryId } from '../../domain/index';
import type { SectionProps } from '../child/section-props';
import { currentLanguage, t } from '../state/language';
import { calendarFileName, downloadText } from '../kit/download';
import { formatDay, formatTime } from '../kit/format';
import { messageFor, typingLanguage } from '../kit/messages';
import { offerUndo, UndoBar } from '../kit/undo';
import { AppointmentCard, reasonLabel } from './AppointmentCard';
import { AppointmentForm } from './AppointmentForm';
import { DueSoon } from './DueSoon';
import '../kit/kit.css';
import './appointments.css';

const PAST_PAGE = 10;

/** Appointments: upcoming by day with clashes, past ones, and what is due soon; all can go to the phone's calendar. */
export function AppointmentsScreen({ child }: SectionProps) {
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  const [editing, setEditing] = useState<EntryId | 'new' | undefined>();
  const [pastShown, setPastShown] = useState(PAST_PAGE);
  const [error, setError] = useState<string | undefined>();
  const lang = typingLanguage(currentLanguage.value?.code);
  const name = child.preferredName ?? child.name;
  const { upcoming, past, clashes } = appointmentOverview(child.id);
  const clashCount = [...clashes.values()].length;

  const summaryOf = (a: AppointmentEntry) => t('support:calendar.appointmentTitle', { reason: reasonLabel(a), name });
  const toCalendar = (list: AppointmentEntry[], fileDate: string) =>
    downloadText(calendarFileName('appointments', fileDate), appointmentsIcs(list, summaryOf), 'text/calendar');
  const remove = async (a: AppointmentEntry) => {
    const result = await deleteAppointment(a.id);
    if (!result.ok) return setError(messageFor(result.error));
    setError(undefined);
    const deleted = result.value;
    offerUndo({ message: t('support:appointment.deleted', { reason: reasonLabel(a), time: formatTime(a.start) }), restore: () => restoreAppointment(deleted), errorText: messageFor });
  };
  const renderDay = (group: AppointmentDay, showClashes: boolean) => (
    <li key={group.day} class="day-group">
      <h3>{formatDay(group.day)}</h3>
      {group.appointments.length > 1 && <p class="hint">{t('support:appointment.sameDay', { count: group.appointments.length })}</p>}
      <ul class="record-list">
        {group.appointments.map((a) => (
          <li key={a.id}>
            {editing === a.id ? (
              <AppointmentForm childId={child.id} dob={child.dob} initial={appointmentToForm(a, lang)} editing={a.id} onDone={() => setEditing(undefined)} />
            ) : (
              <AppointmentCard appt={a} clashesWith={showClashes ? clashes.get(a.id) : undefined}
                onCalendar={() => toCalendar([a], group.day)} onEdit={() => setEditing(a.id)} onDelete={() => void remove(a)} />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
  const upcomingList = upcoming.flatMap((g) => g.appointments);

  return (
    <section class="screen" aria-labelledby="appointments-title">
      <h1 id="appointments-title">{t('support:appointment.title', { name })}</h1>
      <UndoBar />
      {error && <p class="form-error" role="alert">{error}</p>}
      {editing === 'new' ? (
        <AppointmentForm childId={child.id} dob={child.dob} initial={emptyAppointmentForm(lang)} onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" class="button primary" onClick={() => setEditing('new')}>{t('support:appointment.add')}</button>
      )}
      <section aria-labelledby="upcoming-title" class="stack">
        <h2 id="upcoming-title">{t('support:appointment.upcoming', { count: upcomingList.length })}</h2>
        {clashCount > 0 && <p class="clash-warning" role="note">{t('support:appointment.clashSummary', { count: clashCount })}</p>}
        {upcomingList.length === 0 ? (
          <p>{t('support:appointment.noUpcoming')}</p>
        ) : (
          <>
            <button type="button" class="button upcoming-all" onClick={() => toCalendar(upcomingList, upcoming[0]!.day)}>
              {t('support:calendar.addAll', { count: upcomingList.length })}
            </button>
            <ul class="record-list">{upcoming.map((g) => renderDay(g, true))}</ul>
          </>
        )}
      </section>
      <DueSoon child={child} />
      <section aria-labelledby="past-title" class="stack">
        <h2 id="past-title">{t('support:appointment.past')}</h2>
        {past.length === 0 ? <p>{t('support:appointment.noPast')}</p> : <ul class="record-list">{past.slice(0, pastShown).map((g) => renderDay(g, false))}</ul>}
        {past.length > pastShown && (
          <button type="button" class="button" onClick={() => setPastShown((n) => n + PAST_PAGE)}>{t('support:appointment.showMorePast')}</button>
        )}
      </section>
    </section>
  );
}
