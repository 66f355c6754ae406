import { useEffect, useState } from 'preact/hooks';
import { addObservation, listObservations, type StoredChild } from '../../app';
import type { DevelopmentArea, ObservationEntry } from '../../app';
import { errorText } from '../state/errors';
import { currentLanguage, t } from '../state/language';

const AREAS: DevelopmentArea[] = ['communication', 'physical', 'pse'];
const today = () => new Date().toISOString().slice(0, 10);

/** One child's journal: write an observation, read the latest. */
export function Journal({ child }: { child: StoredChild }) {
  const [entries, setEntries] = useState<ObservationEntry[]>([]);
  const [damaged, setDamaged] = useState(0);
  const [text, setText] = useState('');
  const [area, setArea] = useState<DevelopmentArea>('communication');
  const [error, setError] = useState<string | undefined>();
  const load = async () => {
    const result = await listObservations(child.id);
    if (!result.ok) return setError(errorText(result.error));
    setEntries(result.value.entries);
    setDamaged(result.value.damaged);
  };
  useEffect(() => void load(), [child.id]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const lang = currentLanguage.value?.code ?? 'en';
    const result = await addObservation({ childId: child.id, area, text, lang, date: today(), mark: 'none' });
    if (!result.ok) return setError(errorText(result.error));
    setText('');
    setError(undefined);
    await load();
  };
  const formId = `obs-${child.id}`;
  return (
    <section class="card stack" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{child.preferredName ?? child.name}</h2>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for={`${formId}-area`}>{t('secure:journal.area')}</label>
          <select id={`${formId}-area`} value={area} onChange={(e) => setArea((e.target as HTMLSelectElement).value as DevelopmentArea)}>
            {AREAS.map((a) => <option key={a} value={a}>{t(`secure:journal.areas.${a}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={`${formId}-text`}>{t('secure:journal.text')}</label>
          <textarea id={`${formId}-text`} rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </div>
        {error && <p class="form-error" role="alert">{error}</p>}
        <button type="submit" class="button primary" disabled={!text.trim()}>{t('secure:journal.save')}</button>
      </form>
      {damaged > 0 && <p class="warning" role="alert">{t('vault:notice.damagedEntries', { count: damaged })}</p>}
      <ul class="entries" aria-label={t('secure:journal.listLabel')}>
        {entries.map((e) => (
          <li key={e.id} data-entry-id={e.id}>
            <span class="entry-meta">{e.date} · {t(`secure:journal.areas.${e.area}`)}</span>
            <p lang={e.text.lang} dir="auto">{e.text.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
