// One observation in the list: what was noticed, when, its mark, photos and milestone links.
import { useState } from 'preact/hooks';
import type { ObservationEntry } from '../../app/journal';
import { t } from '../state/language';
import { PhotoThumb } from '../kit/PhotoThumb';
import { formatDate } from '../kit/format';
import { ReadAloud } from '../kit/ReadAloud';

interface Props {
  entry: ObservationEntry;
  busy: boolean;
  onEdit: () => void;
  onDelete: () => Promise<string | undefined>;
}

export function ObservationItem({ entry, busy, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const date = formatDate(entry.date);
  return (
    <li class={`observation mark-${entry.mark}`} data-entry-id={entry.id}>
      <p class="entry-meta">
        <time dateTime={entry.date}>{date}</time>
        <span class="tag">{t(`record:area.${entry.area}`)}</span>
        {entry.mark !== 'none' && <span class={`tag tag-${entry.mark}`}>{t(`record:mark.${entry.mark}`)}</span>}
        {entry.sensitive && <span class="tag tag-sensitive">{t('journal:entry.sensitive')}</span>}
      </p>
      <p class="observation-text" lang={entry.text.lang} dir="auto">{entry.text.text}</p>
      <ReadAloud text={entry.text.text} lang={entry.text.lang} what={date} />
      {entry.photos.length > 0 && (
        <ul class="photo-list" aria-label={t('journal:photos.attached', { count: entry.photos.length })}>
          {entry.photos.map((id, i) => (
            <li key={id}><PhotoThumb id={id} alt={t('journal:photos.altOf', { n: i + 1, total: entry.photos.length, date })} /></li>
          ))}
        </ul>
      )}
      {entry.milestoneCodes.length > 0 && (
        <div class="linked">
          <p class="entry-meta">{t('journal:entry.milestones')}</p>
          <ul>{entry.milestoneCodes.map((c) => <li key={c}>{t(`record:milestone.${c}`)}</li>)}</ul>
        </div>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('journal:entry.confirm')}>
          <p>{t('journal:entry.confirm')}</p>
          <div class="actions">
            <button type="button" class="button danger small" onClick={async () => setError(await onDelete())}>{t('journal:entry.confirmYes')}</button>
            <button type="button" class="button small" onClick={() => setConfirming(false)}>{t('journal:entry.confirmNo')}</button>
          </div>
          {error && <p class="form-error" role="alert">{error}</p>}
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button small" onClick={onEdit} disabled={busy} aria-label={t('journal:entry.editNamed', { date })}>
            {t('journal:entry.edit')}
          </button>
          <button type="button" class="button small" onClick={() => setConfirming(true)} aria-label={t('journal:entry.deleteNamed', { date })}>
            {t('journal:entry.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
