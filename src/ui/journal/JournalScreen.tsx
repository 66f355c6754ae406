// /child/:id/journal/:area? — the development journal: add in under a minute, read newest first.
import { useEffect, useState } from 'preact/hooks';
import {
  emptyObservationForm, formFromObservation, listJournal, loadJournalDraft, type ObservationEntry, type ObservationForm,
} from '../../app/journal';
import { recordStore } from '../../app/record-store';
import type { SectionProps } from '../child/section-props';
import { t } from '../state/language';
import { ObservationEditor } from './ObservationEditor';
import { ObservationItem } from './ObservationItem';
import { MarkLinkedMilestones } from './MarkLinkedMilestones';
import { AreaNav, isArea, writerLang } from './shared';
import { UndoBar } from '../kit/undo';
import { deleteWithUndo } from './delete';
import './journal.css';

/** Entries drawn at first; more on request, so a long journal stays quick on a cheap phone. */
const PAGE = 30;

interface EditorState {
  initial: ObservationForm;
  editing?: ObservationEntry | undefined;
  restored: boolean;
}

export function JournalScreen({ child, sub }: SectionProps) {
  const area = isArea(sub) ? sub : undefined;
  const [editor, setEditor] = useState<EditorState | undefined>();
  const [draftChecked, setDraftChecked] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [, setVersion] = useState(recordStore.version);
  /** A note just saved with milestone links: offered to mark those milestones. */
  const [linked, setLinked] = useState<ObservationEntry | undefined>();
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  useEffect(() => {
    let live = true;
    void loadJournalDraft(child.id).then((draft) => {
      if (!live) return;
      if (draft) {
        const editing = draft.editingId ? recordStore.entry<ObservationEntry>(draft.editingId) : undefined;
        setEditor({ initial: draft.form, editing, restored: true });
      }
      setDraftChecked(true);
    });
    return () => { live = false; };
  }, [child.id]);

  const entries = listJournal(child.id, area);
  const name = child.preferredName ?? child.name;
  const base = `/child/${child.id}/journal`;
  const startNew = () => setEditor({ initial: emptyObservationForm(area ?? 'communication', writerLang()), restored: false });

  return (
    <section class="screen journal" aria-labelledby="journal-title" data-ready={draftChecked || undefined}>
      <h1 id="journal-title">{t('journal:title', { name })}</h1>
      <p class="hint">
        <a href={`/child/${child.id}/milestones`}>{t('journal:toMilestones')}</a>
      </p>
      <AreaNav base={base} current={area} withAll />
      <UndoBar />
      {editor ? (
        <ObservationEditor
          key={editor.editing?.id ?? 'new'}
          child={child}
          initial={editor.initial}
          editing={editor.editing}
          restored={editor.restored}
          onDone={(saved) => {
            setEditor(undefined);
            setLinked(saved && saved.milestoneCodes.length > 0 ? saved : undefined);
          }}
        />
      ) : (
        <>
          {linked && <MarkLinkedMilestones note={linked} onClose={() => setLinked(undefined)} />}
          <button type="button" class="button primary" onClick={startNew} disabled={!draftChecked}>{t('journal:add')}</button>
        </>
      )}
      <section aria-labelledby="journal-list-title" class="stack">
        <h2 id="journal-list-title">{t(area ? `record:area.${area}` : 'journal:areas.all')}</h2>
        {entries.length === 0 ? (
          <p>{t(area ? 'journal:emptyArea' : 'journal:empty')}</p>
        ) : (
          <ul class="entries observations" aria-label={t('journal:list')}>
            {entries.slice(0, limit).map((e) => (
              <ObservationItem
                key={e.id}
                entry={e}
                busy={editor !== undefined}
                onEdit={() => setEditor({ initial: formFromObservation(e), editing: e, restored: false })}
                onDelete={() => deleteWithUndo(e.id)}
              />
            ))}
          </ul>
        )}
        {entries.length > limit && (
          <button type="button" class="button" onClick={() => setLimit(limit + PAGE)}>
            {t('journal:showMore', { count: Math.min(PAGE, entries.length - limit) })}
          </button>
        )}
      </section>
    </section>
  );
}

