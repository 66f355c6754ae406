// "Added by Dr Ada Okafor, Paediatrician, verified, 3 May": shown wherever a professional's words
// are, in the family's record and in a professional's view of a share. Values come from the record
// or from another phone, so each is checked before it is shown.
import { isCode } from '../../domain/index';
import { t } from '../state/language';
import './kit.css';
import { formatDate } from './format';

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function Provenance({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Loose;
  const name = str(p.name);
  if (name === '') return null;
  const role = str(p.role);
  const date = str(p.date);
  const org = str(p.organisation);
  return (
    <p class={`provenance${p.verified === true ? ' verified' : ''}`}>
      {t('kit:provenance.added', {
        name: `\u2068${name}\u2069`,
        role: isCode('professionalRole', role) ? t(`record:code.professionalRole.${role}`) : t('record:code.professionalRole.other'),
      })}
      {org && <>, <bdi>{org}</bdi></>}
      {', '}
      <strong>{p.verified === true ? t('kit:provenance.verified') : t('kit:provenance.notVerified')}</strong>
      {/^\d{4}-\d{2}-\d{2}$/.test(date) && <>, {formatDate(date)}</>}
    </p>
  );
}

/** The parent's own words beside a professional's entry. */
export function Annotation({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null) return null;
  const text = str((value as Loose).text);
  if (text === '') return null;
  const lang = str((value as Loose).lang);
  return (
    <p class="annotation">
      <span class="annotation-label">{t('kit:provenance.parentWords')}</span>{' '}
      <span dir="auto" lang={/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined}>{text}</span>
    </p>
  );
}

/** On the parent's edited copy of a professional's entry: whose words it started from. */
export function EditedFrom({ value }: { value: unknown }) {
  if (typeof value !== 'object' || value === null) return null;
  const name = str((value as Loose).name);
  if (name === '') return null;
  return <p class="provenance edited">{t('kit:provenance.editedCopy', { name: `\u2068${name}\u2069` })}</p>;
}

/** Provenance, edited-copy mark and the family's words of any entry: what shows around its content. */
export function EntryOrigin({ entry }: { entry: { contributedBy?: unknown; editedFrom?: unknown } }) {
  return <><Provenance value={entry.contributedBy} /><EditedFrom value={entry.editedFrom} /></>;
}
