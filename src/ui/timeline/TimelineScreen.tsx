import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { recordStore } from '../../app/record-store';
import { codedLabelKeys, prepareTimelineSearch, SECTIONS, timelineEntries, type Entry, type ObservationMark, type SearchLabels, type Section } from '../../app/timeline';
import type { SectionProps } from '../child/section-props';
import { currentLanguage, t } from '../state/language';
import { TimelineRow } from './TimelineRow';
import { usePaging } from './use-paging';
import './timeline.css';

const TYPING_PAUSE_MS = 120;
export const FIRST_ROWS_MARK = 'ff:timeline-first-rows';
type MarkFilter = 'any' | Exclude<ObservationMark, 'none'>;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Coded values and the entry's kind, in the reader's language, for search. */
function searchLabels(language: string): SearchLabels {
  return {
    language,
    labelsOf: (e: Entry) => [t(`family:kind.${e.kind}`), ...codedLabelKeys(e).map((k) => t(`record:${k}`))],
  };
}

/** /child/:id/timeline — everything recorded about the child, newest first, searchable as you type. */
export function TimelineScreen({ child }: SectionProps) {
  const [text, setText] = useState('');
  const [section, setSection] = useState<Section | 'all'>('all');
  const [mark, setMark] = useState<MarkFilter>('any');
  const query = useDebounced(text, TYPING_PAUSE_MS);
  const language = currentLanguage.value?.code ?? 'en';
  const labels = useMemo(() => searchLabels(language), [language]);
  const version = recordStore.version;

  const entries = useMemo(() => timelineEntries({
    childId: child.id,
    text: query,
    ...(section !== 'all' ? { sections: [section] } : {}),
    ...(mark !== 'any' ? { marks: [mark] } : {}),
  }, labels), [child.id, query, section, mark, labels, version]);
  const { shown, more, sentinel } = usePaging(entries.length, `${child.id}|${query}|${section}|${mark}`);

  // Build the search index while the parent reads, so the first letter typed is quick too.
  useEffect(() => {
    const build = () => prepareTimelineSearch(labels);
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(build, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(build, 300);
    return () => clearTimeout(id);
  }, [labels, version]);

  // For the benchmark and the browser's performance panel: when the first rows are on screen.
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_ROWS_MARK), 0));
  }, []);

  const name = child.preferredName ?? child.name;
  const filtered = query.trim() !== '' || section !== 'all' || mark !== 'any';

  return (
    <section class="screen timeline-screen" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t('family:timeline.title')}</h1>
      <form class="timeline-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field timeline-search">
          <label for="timeline-search">{t('family:timeline.searchLabel', { name })}</label>
          <input id="timeline-search" type="search" value={text} dir="auto" autoComplete="off" enterKeyHint="search"
            onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="timeline-section">{t('family:timeline.sectionFilter')}</label>
          <select id="timeline-section" value={section} onChange={(e) => setSection((e.target as HTMLSelectElement).value as Section | 'all')}>
            <option value="all">{t('family:timeline.allSections')}</option>
            {SECTIONS.map((s) => <option key={s} value={s}>{t(`record:section.${s}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="timeline-mark">{t('family:timeline.markFilter')}</label>
          <select id="timeline-mark" value={mark} onChange={(e) => setMark((e.target as HTMLSelectElement).value as MarkFilter)}>
            <option value="any">{t('family:timeline.anyMark')}</option>
            <option value="celebration">{t('record:mark.celebration')}</option>
            <option value="concern">{t('record:mark.concern')}</option>
          </select>
        </div>
        {(filtered || text) && (
          <button type="button" class="button small" onClick={() => { setText(''); setSection('all'); setMark('any'); }}>
            {t('family:timeline.clear')}
          </button>
        )}
      </form>
      <p class="timeline-count" role="status">
        {filtered ? t('family:timeline.found', { count: entries.length }) : t('family:timeline.count', { count: entries.length })}
      </p>
      {entries.length === 0 && (
        <p class="notice">{filtered ? t('family:timeline.noMatch') : t('family:timeline.empty', { name })}</p>
      )}
      {entries.length > 0 && (
        <ol class="timeline" aria-label={t('family:timeline.listLabel')}>
          {entries.slice(0, shown).map((e) => <TimelineRow key={e.id} entry={e} language={language} />)}
        </ol>
      )}
      {shown < entries.length && (
        <div class="timeline-more" ref={sentinel}>
          <p class="hint">{t('family:timeline.shownOf', { shown, count: entries.length })}</p>
          <button type="button" class="button" onClick={more}>{t('family:timeline.showMore')}</button>
        </div>
      )}
    </section>
  );
}
