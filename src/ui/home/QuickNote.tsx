import { useMemo, useState } from 'preact/hooks';
import type { StoredChild } from '../../app/family';
import { DEVELOPMENT_AREAS, emptyObservationForm, listJournal, saveObservation, type DevelopmentArea } from '../../app/journal';
import { recordStore } from '../../app/record-store';
import { journalError, writerLang } from '../journal/shared';
import { t } from '../state/language';
import { formatDate } from '../kit/format';

const LATEST = 8;

/** A journal note in a few taps from the home screen, and the family's latest notes. */
export function QuickNote({ family }: { family: StoredChild[] }) {
  const [childId, setChildId] = useState(family[0]!.id);
  const [area, setArea] = useState<DevelopmentArea>('communication');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  // The home re-renders on every change to the record (it follows the store); sort once per change.
  const latest = useMemo(() => listJournal().slice(0, LATEST), [recordStore.version]);
  const damaged = recordStore.damagedCount;
  // A removed or switched family keeps the choice valid.
  const chosen = family.some((c) => c.id === childId) ? childId : family[0]!.id;

  const submit = async (e: Event) => {
    e.preventDefault();
    // The journal's own use case: same checks and error codes as its full form, dated today on the parent's calendar.
    const result = await saveObservation(chosen, { ...emptyObservationForm(area, writerLang()), text });
    if (!result.ok) return setError(journalError(result.error)); // what was typed stays
    setText('');
    setError(undefined);
  };
  const nameOf = (id: string) => {
    const c = family.find((x) => x.id === id);
    return c ? c.preferredName ?? c.name : '';
  };
  return (
    <section class="card stack" aria-labelledby="quick-note-title">
      <h2 id="quick-note-title">{t('family:note.title')}</h2>
      <form class="stack" onSubmit={submit}>
        {family.length > 1 && (
          <div class="field">
            <label for="quick-child">{t('family:note.child')}</label>
            <select id="quick-child" value={chosen} onChange={(e) => setChildId((e.target as HTMLSelectElement).value as typeof childId)}>
              {family.map((c) => <option key={c.id} value={c.id}>{c.preferredName ?? c.name}</option>)}
            </select>
          </div>
        )}
        <div class="field">
          <label for="quick-area">{t('family:note.area')}</label>
          <select id="quick-area" value={area} onChange={(e) => setArea((e.target as HTMLSelectElement).value as DevelopmentArea)}>
            {DEVELOPMENT_AREAS.map((a) => <option key={a} value={a}>{t(`family:note.areas.${a}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="quick-text">{t('family:note.text')}</label>
          <textarea id="quick-text" rows={3} dir="auto" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </div>
        {error && <p class="form-error" role="alert">{error}</p>}
        <button type="submit" class="button primary" disabled={!text.trim()}>{t('family:note.save')}</button>
      </form>
      {damaged > 0 && <p class="warning" role="alert">{t('vault:notice.damagedEntries', { count: damaged })}</p>}
      {latest.length > 0 && <h3 id="latest-title">{t('family:note.latest')}</h3>}
      <ul class="entries latest-notes" aria-label={t('family:note.listLabel')}>
        {latest.map((e) => (
          <li key={e.id} data-entry-id={e.id}>
            {/* Separate isolated parts, so a Latin name and a date keep their order in Arabic or Urdu. */}
            <span class="entry-meta">
              {family.length > 1 && <><bdi>{nameOf(e.childId)}</bdi>{' · '}</>}
              <bdi>{formatDate(e.date)}</bdi>{' · '}<bdi>{t(`family:note.areas.${e.area}`)}</bdi>
            </span>
            <p lang={e.text.lang} dir="auto">{e.text.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
