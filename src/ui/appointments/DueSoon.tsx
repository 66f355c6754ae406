import { dueItemIcs, dueSoonFor, type DueItem } from '../../app/appointments';
import type { StoredChild } from '../../app/record-store';
import { t } from '../state/language';
import { calendarFileName, downloadText } from '../kit/download';
import { formatDate } from '../kit/format';

export function dueLabel(item: DueItem): string {
  return item.what.kind === 'dose' ? t(`record:dose.${item.what.code}`) : t(`record:healthReview.${item.what.code}`);
}

function stateLabel(item: DueItem): string {
  return item.what.kind === 'dose' ? t(`record:doseState.${item.state}`) : t(`record:reviewState.${item.state}`);
}

/** Immunisations and health reviews due soon, each with "Add to my calendar". */
export function DueSoon({ child }: { child: StoredChild }) {
  const items = dueSoonFor(child);
  const name = child.preferredName ?? child.name;
  const addToCalendar = (item: DueItem) => {
    const summary = t('support:calendar.dueTitle', { what: dueLabel(item), name });
    const description = t('support:calendar.dueDescription', { date: formatDate(item.dueDate) });
    downloadText(calendarFileName('due', item.calendarDate), dueItemIcs(item, summary, description), 'text/calendar');
  };
  return (
    <section aria-labelledby="due-title" class="stack">
      <h2 id="due-title">{t('support:due.title')}</h2>
      <p class="hint">{t('support:due.intro')}</p>
      {items.length === 0 ? (
        <p>{t('support:due.none')}</p>
      ) : (
        <ul class="due-list">
          {items.map((item) => (
            <li key={item.key} class="due-row">
              <div>
                <h3>{dueLabel(item)}</h3>
                <p>
                  <span class={`tag state-${item.state}`}>{stateLabel(item)}</span>{' '}
                  {t(item.what.kind === 'dose' ? 'support:due.dueOn' : 'support:due.windowFrom', { date: formatDate(item.dueDate) })}
                </p>
              </div>
              <button type="button" class="button small" onClick={() => addToCalendar(item)}
                aria-label={t('support:calendar.addNamed', { what: dueLabel(item) })}>
                {t('support:calendar.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
