import { memo } from 'preact/compat';
import { entryWhen, sectionOf, sectionRouteOf, type Entry } from '../../app/timeline';
import { t } from '../state/language';
import { formatDate, formatDateTime } from '../kit/format';
import { summarise } from './entry-summary';
import { EntryOrigin } from '../kit/Provenance';

/** A bare date is a calendar day (shown as is); an instant is shown in the phone's time zone. */
function when(entry: Entry): { iso: string; text: string } {
  const iso = entryWhen(entry);
  if (iso.length === 10) return { iso, text: formatDate(iso) };
  return { iso, text: formatDateTime(iso) };
}

/** One entry: when, which section, what, and the start of its text (`language` re-renders it when the reader's language changes). */
export const TimelineRow = memo(function TimelineRow({ entry }: { entry: Entry; language: string }) {
  const s = summarise(entry);
  const date = when(entry);
  const mark = entry.kind === 'observation' && entry.mark !== 'none' ? entry.mark : undefined;
  return (
    <li class={`timeline-row section-${sectionOf(entry)}`} data-entry-id={entry.id} data-kind={entry.kind}>
      <p class="entry-meta">
        <time dateTime={date.iso}>{date.text}</time>
        <span class="timeline-section">{t(`record:section.${sectionOf(entry)}`)}</span>
      </p>
      <p class="timeline-title">
        <a href={`/child/${entry.childId}/${sectionRouteOf(entry)}`} dir="auto">{s.title}</a>
        {mark && <span class={`badge ${mark}`}>{t(`record:mark.${mark}`)}</span>}
        {entry.sensitive && <span class="badge sensitive">{t('family:timeline.sensitive')}</span>}
      </p>
      {(entry.contributedBy || entry.editedFrom) && <EntryOrigin entry={entry} />}
      {s.details.length > 0 && (
        <ul class="timeline-details">
          {s.details.map((d, i) => <li key={i} dir="auto">{d}</li>)}
        </ul>
      )}
      {s.body && <p class="timeline-body" lang={s.body.lang} dir="auto">{s.body.text}</p>}
    </li>
  );
});
