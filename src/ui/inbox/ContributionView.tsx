// What a contribution says, in the reader's language: coded values translated, the professional's
// own words shown as written (marked with their language). Used by the parent's inbox and by the
// professional's "what you sent" list.
import type { Contribution } from '../../domain/contribution/index';
import { formatDate, formatNumber } from '../kit/format';
import { codeLabel, WrittenText } from '../received/format';
import { t } from '../state/language';
import { ReadAloud } from '../kit/ReadAloud';

const isolated = (s: string) => `\u2068${s}\u2069`;

export function kindLabel(kind: Contribution['kind']): string {
  return t(`inbox:kind.${kind}`);
}

function Facts({ c }: { c: Contribution }) {
  switch (c.kind) {
    case 'visit-note':
      return null;
    case 'assessment':
      return (
        <p>
          <bdi class="entry-title">{c.title}</bdi>: <strong>{t(`record:assessmentResult.${c.result}`)}</strong>
        </p>
      );
    case 'support':
      return (
        <p>
          <strong>{t(`inbox:support.${c.change}`, { service: codeLabel('code.serviceType', c.serviceType) })}</strong>
          <br />
          <bdi>{c.title}</bdi>
        </p>
      );
    case 'medication':
      return (
        <p>
          <strong><bdi>{c.name}</bdi></strong>{': '}
          {c.change === 'stopped'
            ? t('inbox:medicine.stopped')
            : t(`inbox:medicine.${c.change}`, { dose: isolated(c.dose), frequency: isolated(c.frequency) })}
        </p>
      );
    case 'milestone':
      return (
        <p>
          <strong>{codeLabel('milestone', c.code)}</strong>
          <br />
          {codeLabel('milestoneStatus', c.status)}
        </p>
      );
    case 'growth':
      return (
        <ul class="plain-list">
          {c.weightKg !== undefined && <li>{t('inbox:growth.weightKg', { value: formatNumber(c.weightKg, 3) })}</li>}
          {c.heightCm !== undefined && <li>{t('inbox:growth.heightCm', { value: formatNumber(c.heightCm, 3) })}</li>}
          {c.headCm !== undefined && <li>{t('inbox:growth.headCm', { value: formatNumber(c.headCm, 3) })}</li>}
        </ul>
      );
  }
}

/** The kind, the date, the facts, the words. The heading level suits a card in a list. */
export function ContributionView({ c, headingId }: { c: Contribution; headingId: string }) {
  return (
    <div class="stack contribution">
      <h3 id={headingId}>
        {t('inbox:view.heading', { kind: kindLabel(c.kind), date: formatDate(c.date) })}
      </h3>
      <Facts c={c} />
      {c.text && <p class="contribution-text"><WrittenText value={c.text} /></p>}
      {c.text && <ReadAloud text={c.text.text} lang={c.text.lang} what={c.from.name} />}
    </div>
  );
}
