// `/child/:id/passport/summary`: a summary for a new nursery or school, for families who want
// paper. Page one is the passport sheet; page two is the support around the child now, what they
// learnt lately, and what professionals wrote, with the family's words. Two A4 pages at most, in
// the language chosen on the page (the record itself is not changed).
import { deviceToday } from '../../app/clock';
import { listServices } from '../../app/support';
import { recordStore, type StoredChild } from '../../app/record-store';
import type { PassportEntry } from '../../app/passport';
import { LANGUAGES } from '../../i18n';
import type { MilestoneEntry, ObservationEntry, ReceivedNoteEntry } from '../../domain/index';
import { formatDate } from '../kit/format';
import { Annotation, Provenance } from '../kit/Provenance';
import { applyLanguage, currentLanguage, t, useNamespace } from '../state/language';
import { PassportSheet } from './PassportSheet';
import { LoadingScreen } from '../kit/WithNamespace';

/** How far back "lately" reaches, and how much of each list fits on one page. */
const RECENT_DAYS = 183;
const MAX_OBSERVATIONS = 4;
const MAX_NOTES = 3;
const MAX_CHARS = 280;

const cut = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS - 1).trimEnd()}…` : s);

function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function SupportNow({ child }: { child: StoredChild }) {
  const { current } = listServices(child.id);
  return (
    <section class="sheet-part" aria-labelledby="sum-support">
      <h2 id="sum-support">{t('summary:support')}</h2>
      {current.length === 0 ? <p>{t('summary:noSupport')}</p> : (
        <ul>
          {current.map((s) => (
            <li key={s.id}>
              <strong>{t(`record:code.serviceType.${s.serviceType}`)}</strong>
              {s.professional && <> – <bdi>{s.professional.name}</bdi>, {t(`record:code.professionalRole.${s.professional.role}`)}</>}
              {s.plans.length > 0 && <> · {t('summary:plans')} {s.plans.map((p, i) => <bdi key={i} lang={p.lang}>{i > 0 ? '; ' : ''}{cut(p.text)}</bdi>)}</>}
              {s.note && <> · <bdi lang={s.note.lang}>{cut(s.note.text)}</bdi></>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Development({ child, since }: { child: StoredChild; since: string }) {
  const achieved = recordStore.entries('milestone', child.id)
    .filter((m: MilestoneEntry) => !m.hidden && m.history.at(-1)?.status === 'achieved' && (m.history.at(-1)?.date ?? '') >= since)
    .sort((a, b) => (b.history.at(-1)!.date).localeCompare(a.history.at(-1)!.date));
  const notes = recordStore.entries('observation', child.id)
    .filter((o: ObservationEntry) => !o.sensitive && o.date >= since)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, MAX_OBSERVATIONS);
  return (
    <section class="sheet-part" aria-labelledby="sum-dev">
      <h2 id="sum-dev">{t('summary:development', { date: formatDate(since) })}</h2>
      {achieved.length === 0 && notes.length === 0 && <p>{t('summary:noDevelopment')}</p>}
      {achieved.length > 0 && (
        <>
          <h3>{t('summary:canDoNow')}</h3>
          <p>{achieved.map((m, i) => <span key={m.id}>{i > 0 ? '; ' : ''}{t(`record:milestone.${m.code}`)}</span>)}</p>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3>{t('summary:fromHome')}</h3>
          <ul>
            {notes.map((o) => (
              <li key={o.id}>
                {formatDate(o.date)} · {t(`record:area.${o.area}`)}: <span lang={o.text.lang} dir="auto">{cut(o.text.text)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FromProfessionals({ child }: { child: StoredChild }) {
  const notes = recordStore.entries('received-note', child.id)
    .filter((n: ReceivedNoteEntry) => !n.hidden && !n.sensitive)
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .slice(0, MAX_NOTES);
  return (
    <section class="sheet-part" aria-labelledby="sum-pro">
      <h2 id="sum-pro">{t('summary:professionals')}</h2>
      {notes.length === 0 ? <p>{t('summary:noNotes')}</p> : (
        <ul>
          {notes.map((n) => (
            <li key={n.id}>
              <strong>{t(`record:receivedNoteKind.${n.noteKind}`)}{n.title && <>: <bdi>{n.title}</bdi></>}</strong>
              {n.result && <> – {t(`record:assessmentResult.${n.result}`)}</>}
              {n.contributedBy ? <Provenance value={n.contributedBy} /> : <p class="provenance"><bdi>{n.from.name}</bdi>, {t(`record:code.professionalRole.${n.from.role}`)}</p>}
              {n.text.text && <p lang={n.text.lang} dir="auto">{cut(n.text.text)}</p>}
              <Annotation value={n.annotation} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SummaryView({ child, passport, base }: { child: StoredChild; passport: PassportEntry | undefined; base: string }) {
  const ready = useNamespace('summary');
  if (!ready) return <LoadingScreen />;
  const today = deviceToday();
  return (
    <div class="screen passport-print setting-summary" data-ready>
      <div class="print-controls no-print card stack">
        <p><a href={base}>{t('passport:print.back')}</a></p>
        <p>{t('summary:intro')}</p>
        <div class="field">
          <label for="summary-language">{t('passport:print.language')}</label>
          <select id="summary-language" value={currentLanguage.value?.code ?? 'en'}
            onChange={(e) => void applyLanguage((e.target as HTMLSelectElement).value, false)}>
            {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
          </select>
        </div>
        <button type="button" class="button primary" onClick={() => window.print()}>{t('passport:print.print')}</button>
      </div>
      <p class="sheet-kicker summary-kicker">{t('summary:kicker')}</p>
      <PassportSheet child={child} passport={passport} idPrefix="summary" nameIsHeading />
      <article class="passport-sheet summary-second" aria-label={t('summary:secondPage')}>
        <SupportNow child={child} />
        <Development child={child} since={daysBefore(today, RECENT_DAYS)} />
        <FromProfessionals child={child} />
        <p class="sheet-foot">{t('summary:foot', { date: formatDate(today) })}</p>
      </article>
    </div>
  );
}
