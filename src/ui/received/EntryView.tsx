// One shared entry, read-only. Entries arrive from another phone, so every field is checked
// before it is shown, and a field that is missing or odd is simply left out.
import type { ComponentChildren } from 'preact';
import { formatNhsNumber } from '../../app/passport';
import { sharedPhotoBlob, type ReceivedShareRecord, type UntrustedEntry } from '../../app/receive';
import { asBlobId } from '../../domain/index';
import { PhotoThumb } from '../kit/PhotoThumb';
import { t } from '../state/language';
import { Annotation, Provenance } from '../kit/Provenance';
import { codeLabel, listText, shownDate, shownDateTime, shownNumber, WrittenText } from './format';

type Loose = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function Field({ label, children, show = true }: { label: string; children: ComponentChildren; show?: boolean }) {
  if (!show) return null;
  return (
    <div class="field-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const hasText = (v: unknown) => typeof v === 'string' ? v !== '' : typeof (v as Loose | null)?.text === 'string';
const codes = (key: string, v: unknown) => listText(list(v).map((c) => codeLabel(key, c)).filter(Boolean));
const L = (key: string) => t(`receive:field.${key}`);
/** "943 476 5919", as the parent sees it; anything that is not ten digits is shown as it came. */
const nhsText = (s: string) => (/^\d{10}$/.test(s) ? formatNhsNumber(s) : s);

function Passport({ e }: { e: Loose }) {
  const people = list(e.importantPeople).filter((p): p is Loose => typeof p === 'object' && p !== null);
  return (
    <dl class="shared-fields">
      {/* "Things you must know" is shown once, first of all, in the red box (FirstThings). */}
      <Field label={L('nhsNumber')} show={str(e.nhsNumber) !== ''}><bdi dir="ltr" class="nhs">{nhsText(str(e.nhsNumber))}</bdi></Field>
      <Field label={L('homeLanguages')} show={list(e.homeLanguages).length > 0}>{codes('code.homeLanguage', e.homeLanguages)}</Field>
      <Field label={L('otherLanguages')} show={list(e.otherLanguages).length > 0}>
        <span dir="auto">{listText(list(e.otherLanguages).map(str))}</span>
      </Field>
      <Field label={L('communication')} show={list(e.communication).length > 0}>{codes('code.communicationMethod', e.communication)}</Field>
      <Field label={L('communicationNote')} show={hasText(e.communicationNote)}><WrittenText value={e.communicationNote} /></Field>
      <Field label={L('whatHelps')} show={hasText(e.whatHelps)}><WrittenText value={e.whatHelps} /></Field>
      <Field label={L('likes')} show={hasText(e.likes)}><WrittenText value={e.likes} /></Field>
      <Field label={L('dislikes')} show={hasText(e.dislikes)}><WrittenText value={e.dislikes} /></Field>
      <Field label={L('importantPeople')} show={people.length > 0}>
        {people.map((p, i) => (
          <span key={i} class="shared-line">
            <bdi>{str(p.name)}</bdi> ({codeLabel('code.relationship', p.relationship)})
            {hasText(p.note) && <> <WrittenText value={p.note} /></>}
          </span>
        ))}
      </Field>
    </dl>
  );
}

function historyOf(e: Loose): Loose[] {
  return list(e.history).filter((h): h is Loose => typeof h === 'object' && h !== null);
}

function latestChange(e: Loose): Loose | undefined {
  const history = historyOf(e);
  return history[history.length - 1];
}

/** The parent's words inside a translated sentence, isolated (FSI…PDI) so "5 ml" stays "5 ml" in Arabic. */
const isolated = (v: unknown) => `\u2068${str(v)}\u2069`;

function ChangeLine({ line }: { line: Loose }) {
  return (
    <span class="shared-line">
      {t('receive:field.changeLine', {
        change: codeLabel('medicationChange', line.change), date: shownDate(line.date),
        dose: isolated(line.dose), frequency: isolated(line.frequency), by: isolated(line.changedBy),
      })}
      <Provenance value={line.contributedBy} />
    </span>
  );
}

/** By date (ISO dates sort as text), newest first; on the same date the later-written line first. */
function newestFirst(history: Loose[]): Loose[] {
  return history
    .map((line, index) => ({ line, index, date: str(line.date) }))
    .sort((a, b) => (a.date === b.date ? b.index - a.index : a.date < b.date ? 1 : -1))
    .map((x) => x.line);
}

/** One line when that is all the share carries (a summary); the whole history, newest first, otherwise. */
function MedicineChanges({ e }: { e: Loose }) {
  const history = historyOf(e);
  if (history.length === 0) return null;
  if (history.length === 1) return <Field label={L('latestChange')}><ChangeLine line={history[0]!} /></Field>;
  return (
    <Field label={L('changes')}>
      {newestFirst(history).map((line, i) => <ChangeLine key={i} line={line} />)}
    </Field>
  );
}

/** The heading line of an entry, and its details. */
function describe(e: Loose): { title: ComponentChildren | undefined; body: ComponentChildren } {
  switch (e.kind) {
    case 'passport':
      return { title: undefined, body: <Passport e={e} /> }; // the section heading already says "About me"
    case 'condition':
      return {
        title: <WrittenText value={e.name} />,
        body: <dl class="shared-fields">
          <Field label={L('diagnosedOn')} show={!!e.diagnosedOn}>{shownDate(e.diagnosedOn)}</Field>
          <Field label={L('note')} show={hasText(e.note)}><WrittenText value={e.note} /></Field>
        </dl>,
      };
    case 'allergy':
      return {
        title: t('receive:kind.allergy', { allergen: codeLabel('code.allergen', e.allergen) }),
        body: <dl class="shared-fields">
          <Field label={L('severity')}>{codeLabel('code.allergySeverity', e.severity)}</Field>
          <Field label={L('reactions')} show={list(e.reactions).length > 0}>{codes('code.allergyReaction', e.reactions)}</Field>
          <Field label={L('detail')} show={hasText(e.detail)}><WrittenText value={e.detail} /></Field>
          <Field label={L('notedOn')} show={!!e.notedOn}>{shownDate(e.notedOn)}</Field>
          <Field label={L('note')} show={hasText(e.note)}><WrittenText value={e.note} /></Field>
        </dl>,
      };
    case 'medication':
      return {
        title: <span dir="auto">{str(e.name)}</span>,
        body: <dl class="shared-fields">
          <Field label={L('reason')} show={hasText(e.reason)}><WrittenText value={e.reason} /></Field>
          <MedicineChanges e={e} />
        </dl>,
      };
    case 'immunisation':
      return {
        title: codeLabel('dose', e.doseCode),
        body: <dl class="shared-fields">
          <Field label={L('givenOn')}>{shownDate(e.givenOn)}</Field>
          <Field label={L('vaccineName')} show={str(e.vaccineName) !== ''}><span dir="auto">{str(e.vaccineName)}</span></Field>
        </dl>,
      };
    case 'growth':
      return {
        title: t('receive:kind.growth', { date: shownDate(e.measuredOn) }),
        body: <dl class="shared-fields">
          <Field label={L('weightKg')} show={typeof e.weightKg === 'number'}>{shownNumber(e.weightKg)}</Field>
          <Field label={L('heightCm')} show={typeof e.heightCm === 'number'}>{shownNumber(e.heightCm)}</Field>
          <Field label={L('headCm')} show={typeof e.headCm === 'number'}>{shownNumber(e.headCm)}</Field>
        </dl>,
      };
    case 'health-review':
      return {
        title: codeLabel('healthReview', e.review),
        body: <dl class="shared-fields">
          <Field label={L('doneOn')}>{shownDate(e.doneOn)}</Field>
          <Field label={L('by')} show={str(e.by) !== ''}><span dir="auto">{str(e.by)}</span></Field>
          <Field label={L('outcome')} show={hasText(e.outcome)}><WrittenText value={e.outcome} /></Field>
        </dl>,
      };
    case 'observation':
      return {
        title: t('receive:kind.observation', { date: shownDate(e.date), area: codeLabel('area', e.area) }),
        body: <>
          {e.mark === 'celebration' || e.mark === 'concern' ? <p class="notice">{codeLabel('mark', e.mark)}</p> : null}
          <p><WrittenText value={e.text} /></p>
        </>,
      };
    case 'milestone': {
      const last = latestChange(e);
      return {
        title: codeLabel('milestone', e.code),
        body: last && <>
          <p>{t('receive:kind.milestoneStep', { status: codeLabel('milestoneStatus', last.status), date: shownDate(last.date) })}</p>
          <Provenance value={last.contributedBy} />
        </>,
      };
    }
    case 'service': {
      const who = (e.professional ?? {}) as Loose;
      return {
        title: codeLabel('code.serviceType', e.serviceType),
        body: <dl class="shared-fields">
          <Field label={L('professional')} show={str(who.name) !== ''}>
            <span dir="auto">{str(who.name)}</span> ({codeLabel('code.professionalRole', who.role)})
          </Field>
          <Field label={L('referralDate')} show={!!e.referralDate}>{shownDate(e.referralDate)}</Field>
          <Field label={L('start')} show={!!e.start}>{shownDate(e.start)}</Field>
          <Field label={L('end')} show={!!e.end}>{shownDate(e.end)}</Field>
          <Field label={L('outcome')} show={hasText(e.outcome)}><WrittenText value={e.outcome} /></Field>
          <Field label={L('plans')} show={list(e.plans).length > 0}>
            {list(e.plans).map((p, i) => <span key={i} class="shared-line"><WrittenText value={p} /></span>)}
          </Field>
          <Field label={L('note')} show={hasText(e.note)}><WrittenText value={e.note} /></Field>
        </dl>,
      };
    }
    case 'received-note':
      return {
        title: str(e.title) !== '' ? <><span>{codeLabel('receivedNoteKind', e.noteKind)}: </span><bdi>{str(e.title)}</bdi></> : codeLabel('receivedNoteKind', e.noteKind),
        body: <>
          {typeof e.result === 'string' && <p><strong>{codeLabel('assessmentResult', e.result)}</strong></p>}
          <p><WrittenText value={e.text} /></p>
        </>,
      };
    case 'appointment':
      return {
        title: codeLabel('code.appointmentReason', e.reason),
        body: <dl class="shared-fields">
          <Field label={L('when')}>{typeof e.start === 'string' && !Number.isNaN(Date.parse(e.start)) ? shownDateTime(Date.parse(e.start)) : ''}</Field>
          <Field label={L('who')} show={str(e.who) !== ''}><span dir="auto">{str(e.who)}</span></Field>
          <Field label={L('where')} show={str(e.where) !== ''}><span dir="auto">{str(e.where)}</span></Field>
          <Field label={L('note')} show={hasText(e.note)}><WrittenText value={e.note} /></Field>
        </dl>,
      };
    default:
      return { title: t('receive:kind.unknown'), body: null };
  }
}

export function EntryView({ entry, share }: { entry: UntrustedEntry; share?: Pick<ReceivedShareRecord, 'photoBlobs'> }) {
  const { title, body } = describe(entry);
  return (
    <li class="card shared-entry">
      {title !== undefined && <h3>{title}</h3>}
      <Provenance value={entry.contributedBy} />
      {body}
      {entry.kind === 'observation' && share && <SharedPhotos ids={list(entry.photos)} share={share} />}
      <Annotation value={entry.annotation} />
    </li>
  );
}

/** A journal entry's photos that came in a share file (only those this share carried). */
function SharedPhotos({ ids, share }: { ids: unknown[]; share: Pick<ReceivedShareRecord, 'photoBlobs'> }) {
  const blobs = ids.map((id) => sharedPhotoBlob(share, id)).filter((b): b is string => b !== undefined);
  if (blobs.length === 0) return null;
  return (
    <ul class="photo-list" aria-label={t('journal:photos.attached', { count: blobs.length })}>
      {blobs.map((blob, i) => <li key={blob}><PhotoThumb id={asBlobId(blob)} alt={t('journal:photos.alt', { n: i + 1, total: blobs.length })} /></li>)}
    </ul>
  );
}
