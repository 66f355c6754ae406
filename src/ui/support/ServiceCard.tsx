import type { ServiceEntry } from '../../domain/index';
import { codeLabelKey } from '../../domain/index';
import { t } from '../state/language';
import { ConfirmDelete } from '../kit/ConfirmDelete';
import { formatDate } from '../kit/format';
import { Documents } from './Documents';
import { Annotation, EntryOrigin } from '../kit/Provenance';

/** One service: who, when, what came of it, plans and documents, with edit and delete. */
export function ServiceCard({ service, onEdit, onDelete }: { service: ServiceEntry; onEdit: () => void; onDelete: () => void }) {
  const s = service;
  const name = t('record:' + codeLabelKey('serviceType', s.serviceType));
  const headingId = `service-${s.id}`;
  return (
    <article class="record-card" aria-labelledby={headingId} data-entry-id={s.id}>
      <h3 id={headingId}>{name}</h3>
      <EntryOrigin entry={s} />
      {s.sensitive && <span class="tag">{t('support:common.sensitive')}</span>}
      <dl>
        {s.professional && (
          <>
            <dt>{t('support:service.professional')}</dt>
            <dd>
              <span dir="auto">{s.professional.name}</span>
              {' · '}
              {t('record:' + codeLabelKey('professionalRole', s.professional.role))}
              {s.professional.organisation && <><br /><span dir="auto">{s.professional.organisation}</span></>}
            </dd>
            {s.professional.contact && (<><dt>{t('support:service.contact')}</dt><dd dir="auto">{s.professional.contact}</dd></>)}
          </>
        )}
        {s.referralDate && (<><dt>{t('support:service.referralDate')}</dt><dd>{formatDate(s.referralDate)}</dd></>)}
        {s.start && (<><dt>{t('support:service.start')}</dt><dd>{formatDate(s.start)}</dd></>)}
        {s.end && (<><dt>{t('support:service.end')}</dt><dd>{formatDate(s.end)}</dd></>)}
        {s.outcome && (<><dt>{t('support:service.outcome')}</dt><dd lang={s.outcome.lang} dir="auto">{s.outcome.text}</dd></>)}
        {s.plans.length > 0 && (
          <>
            <dt>{t('support:service.plans')}</dt>
            <dd>
              <ul class="plain-list">
                {s.plans.map((p, i) => <li key={i}><span lang={p.lang} dir="auto">{p.text}</span></li>)}
              </ul>
            </dd>
          </>
        )}
        {s.note && (<><dt>{t('support:service.note')}</dt><dd lang={s.note.lang} dir="auto" class="pre-wrap">{s.note.text}</dd></>)}
      </dl>
      <Annotation value={s.annotation} />
      <Documents ids={s.documents} />
      <div class="actions">
        <button type="button" class="button small" onClick={onEdit}>{t('support:common.edit')}</button>
        <ConfirmDelete question={t('support:service.deleteQuestion', { name })} onConfirm={onDelete} />
      </div>
    </article>
  );
}
