// Progress in one area, in plain words: what the child can do, what comes next, what is overdue.
import type { ProgressView } from '../../app/milestones';
import { t } from '../state/language';
import { formatDate } from '../kit/format';

const SHOW_ACHIEVED = 8;
/** A long list starts folded: often it only means earlier steps were never written down. */
const OPEN_OVERDUE_UP_TO = 5;

export function ProgressSummary({ view }: { view: ProgressView }) {
  const { progress, age } = view;
  const inProgress = new Map(progress.inProgress.map((p) => [p.item.code, p.status]));
  const achieved = [...progress.achieved].sort((a, b) => b.on.localeCompare(a.on));
  return (
    <section class="progress card stack" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('journal:progress.title')}</h2>
      <p class="age-basis">
        {age.basis === 'corrected'
          ? t('journal:progress.correctedAge', { count: age.months })
          : t('journal:progress.age', { count: age.months })}
      </p>
      {age.basis === 'corrected' && <p class="hint">{t('journal:progress.correctedWhy', { count: age.correctionWeeks })}</p>}

      <h3>{t('journal:progress.achieved')}</h3>
      {achieved.length === 0 ? <p>{t('journal:progress.noneAchieved')}</p> : (
        <ul class="progress-list achieved-list">
          {achieved.slice(0, SHOW_ACHIEVED).map((a) => (
            <li key={a.item.code}>
              <span>{t(`record:${a.item.labelKey}`)}</span> <time class="entry-meta" dateTime={a.on}>{formatDate(a.on)}</time>
            </li>
          ))}
        </ul>
      )}
      {achieved.length > SHOW_ACHIEVED && <p class="hint">{t('journal:progress.moreAchieved', { count: achieved.length - SHOW_ACHIEVED })}</p>}

      <h3>{t('journal:progress.next')}</h3>
      {progress.currentBand ? (
        <>
          <p class="hint">{t('journal:progress.band', { band: t(`record:band.${progress.currentBand.code}`) })}</p>
          {progress.next.length === 0 ? <p>{t('journal:progress.nothingNext')}</p> : (
            <ul class="progress-list next-list">
              {progress.next.map((i) => (
                <li key={i.code}>
                  {t(`record:${i.labelKey}`)}
                  {inProgress.has(i.code) && <span class="tag">{t(`record:milestoneStatus.${inProgress.get(i.code)}`)}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : <p>{t('journal:progress.beyond')}</p>}

      {progress.notRecorded.length > 0 && (
        <>
          <h3>{t('journal:progress.earlier')}</h3>
          <p class="hint">{t('journal:progress.earlierHint')}</p>
          <details class="not-recorded">
            <summary>{t('journal:progress.showOverdue', { count: progress.notRecorded.length })}</summary>
            <ul class="progress-list not-recorded-list">
              {progress.notRecorded.map((i) => (
                <li key={i.code}>{t(`record:${i.labelKey}`)} <span class="entry-meta">{t(`record:band.${i.band.code}`)}</span></li>
              ))}
            </ul>
          </details>
        </>
      )}

      <h3>{t('journal:progress.overdue')}</h3>
      {progress.overdue.length === 0 ? <p>{t('journal:progress.nothingOverdue')}</p> : (
        <>
          <p class="hint">{t('journal:progress.overdueHint')}</p>
          <details class="overdue" open={progress.overdue.length <= OPEN_OVERDUE_UP_TO}>
            <summary>{t('journal:progress.showOverdue', { count: progress.overdue.length })}</summary>
            <p class="hint">{t('journal:progress.recordHint')}</p>
            <ul class="progress-list overdue-list">
              {progress.overdue.map((i) => (
                <li key={i.code}>
                  {t(`record:${i.labelKey}`)} <span class="entry-meta">{t(`record:band.${i.band.code}`)}</span>
                  {inProgress.has(i.code) && <span class="tag">{t(`record:milestoneStatus.${inProgress.get(i.code)}`)}</span>}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
