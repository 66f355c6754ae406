import { useEffect, useState } from 'preact/hooks';
import { addObservation, listObservations, type DevelopmentArea, type ObservationEntry } from '../../app';
import type { StoredChild } from '../../app/family';
import { errorText } from '../state/errors';
import { currentLanguage, t } from '../state/language';

const AREAS: DevelopmentArea[] = ['communication', 'physical', 'pse'];
const LATEST = 8;
const today = () => new Date().toISOString().slice(0, 10);

/** A journal note in a few taps from the home screen, and the family's latest notes. */
export function QuickNote({ family }: { family: StoredChild[] }) {
  const [childId, setChildId] = useState(family[0]!.id);
  const [area, setArea] = useState<DevelopmentArea>('communication');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [latest, setLatest] = useState<ObservationEntry[]>([]);
  const [damaged, setDamaged] = useState(0);
  const load = async () => {
    const result = await listObservations();
    if (!result.ok) return setError(errorText(result.error));
    setLatest(result.value.entries.slice(0, LATEST));
    setDamaged(result.value.damaged);
  };
  useEffect(() => void load(), [family.length]);
  // A removed or switched family keeps the choice valid.
  const chosen = family.some((c) => c.id === childId) ? childId : family[0]!.id;

  const submit = async (e: Event) => {
    e.preventDefault();
    const lang = currentLanguage.value?.code ?? 'en';
    const child = family.find((c) => c.id === chosen)!;
    const result = await addObservation({ childId: child.id, area, text, lang, date: today(), mark: 'none' });
    if (!result.ok) return setError(errorText(result.error));
    setText('');
    setError(undefined);
    await load();
  };
  const nameOf = (id: string) => {
    const c = family.find((x) => x.id === id);
    return c ? c.preferredName ?? c.name : '';
  };
  const format = new Intl.DateTimeFormat(currentLanguage.value?.code ?? 'en', { dateStyle: 'medium', timeZone: 'UTC' });
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
            {AREAS.map((a) => <option key={a} value={a}>{t(`family:note.areas.${a}`)}</option>)}
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
              <bdi>{format.format(new Date(e.date))}</bdi>{' · '}<bdi>{t(`family:note.areas.${e.area}`)}</bdi>
            </span>
            <p lang={e.text.lang} dir="auto">{e.text.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
