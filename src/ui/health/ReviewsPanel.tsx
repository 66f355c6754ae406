import { NotDoneButton } from './NotDone';
import { reviewItem } from '../../domain/index';
import { deviceToday } from '../../app/clock';
import { HEALTH_REVIEWS, saveReview, type HealthReviewCode, type HealthReviewEntry, type ReviewStatus } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { FormCard, FormFoot, SelectField, SensitiveBox, TextField, useEditing, useForm, Written, todayInput, type PanelProps } from './fields';
import { useWrittenIn } from '../kit/WrittenIn';

export function reviewWhen(r: ReviewStatus): string {
  if (r.state === 'done' && r.doneOn) return t('health:reviews.doneOn', { date: formatDate(r.doneOn) });
  return t('health:reviews.window', { from: formatDate(r.windowStart), to: formatDate(r.windowEnd) });
}

export function ReviewsPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  return (
    <section class="stack" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t('health:reviews.title')}</h2>
      <ul class="entries review-list">
        {view.reviews.map((r) => (
          <li key={r.review}>
            <p class="entry-title">{t(`record:healthReview.${r.review}`)}</p>
            <p>
              <span class={`state state-${r.state}`}>{t(`record:reviewState.${r.state}`)}</span> {reviewWhen(r)}{' '}
              <NotDoneButton child={child} item={reviewItem(r.review)} state={r.state} name={t(`record:healthReview.${r.review}`)} />
            </p>
            {r.state !== 'done' && ed.editing !== `new:${r.review}` && (
              <button type="button" class="button small no-print" onClick={() => ed.open(`new:${r.review}`)}
                aria-label={t('health:reviews.recordNamed', { name: t(`record:healthReview.${r.review}`) })}>
                {t('health:reviews.record')}
              </button>
            )}
            {ed.editing === `new:${r.review}` && <ReviewForm child={child} review={r.review} onDone={ed.close} />}
          </li>
        ))}
      </ul>
      <h2 id="review-records-title">{t('health:reviews.records')}</h2>
      {view.reviewEntries.length === 0 && <p class="hint">{t('health:reviews.empty')}</p>}
      <ul class="entries" aria-labelledby="review-records-title">
        {view.reviewEntries.map((e) => (
          <li key={e.id}>
            {ed.editing === e.id ? <ReviewForm child={child} entry={e} review={e.review} onDone={ed.close} /> : (
              <>
                <p class="entry-title">{t(`record:healthReview.${e.review}`)}</p>
                <span class="entry-meta">{e.by ? t('health:reviews.doneOnBy', { date: formatDate(e.doneOn), who: e.by }) : t('health:reviews.doneOn', { date: formatDate(e.doneOn) })}</span>
                {e.sensitive && <span class="tag">{t('health:sensitive.tag')}</span>}
                <Written text={e.outcome} />
                <EntryActions id={e.id} name={t(`record:healthReview.${e.review}`)} onEdit={() => ed.open(e.id)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewForm({ child, entry, review, onDone }: { child: StoredChild; entry?: HealthReviewEntry; review: HealthReviewCode; onDone: () => void }) {
  const f = useForm(() => ({
    review, doneOn: (entry?.doneOn as string | undefined) ?? todayInput(), by: entry?.by ?? '', outcome: entry?.outcome?.text ?? '', sensitive: entry?.sensitive ?? false,
  }));
  const w = useWrittenIn(entry?.outcome);
  const id = `review-${entry?.id ?? review}`;
  return (
    <FormCard id={id} title={t(entry ? 'health:reviews.edit' : 'health:reviews.add')}
      onSubmit={() => void f.submit(() => saveReview(child, f.values, w.writer(), entry?.id), onDone)}>
      <SelectField id={`${id}-review`} label={t('health:reviews.which')} value={f.values.review} options={HEALTH_REVIEWS}
        labelOf={(c) => t(`record:healthReview.${c}`)} onChange={f.set('review')} />
      <TextField id={`${id}-date`} field="doneOn" type="date" label={t('health:reviews.date')} value={f.values.doneOn}
        onInput={f.set('doneOn')} error={f.error} min={child.dob} max={deviceToday()} />
      <TextField id={`${id}-by`} field="by" label={t('health:reviews.by')} value={f.values.by} onInput={f.set('by')} error={f.error} />
      <TextField id={`${id}-outcome`} field="outcome" multiline label={t('health:reviews.outcome')} value={f.values.outcome}
        onInput={f.set('outcome')} error={f.error} />
      {w.field(`${id}-written-in`, f.values.outcome)}
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={['doneOn', 'by', 'outcome']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}
