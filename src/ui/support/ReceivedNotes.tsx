// Notes professionals wrote (accepted from the inbox, or kept before it existed): their words as
// written, who wrote them, and the family's own words beside them. The family can add words or
// hide a note; they cannot change what the professional wrote.
import { useState } from 'preact/hooks';
import { annotateEntry, setEntryHidden } from '../../app/entries';
import { recordStore } from '../../app/record-store';
import type { ReceivedNoteEntry } from '../../domain/index';
import { described, Field } from '../kit/Field';
import { formatDateTime } from '../kit/format';
import { messageFor } from '../kit/messages';
import { Annotation, EntryOrigin } from '../kit/Provenance';
import { announcement, currentLanguage, t, useNamespace } from '../state/language';
import { ReadAloud } from '../kit/ReadAloud';

function NoteCard({ note }: { note: ReceivedNoteEntry }) {
  const [editing, setEditing] = useState(false);
  const [words, setWords] = useState(note.annotation?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const id = `note-${note.id}`;
  const kind = t(`record:receivedNoteKind.${note.noteKind}`);
  const save = async (e: Event) => {
    e.preventDefault();
    const r = await annotateEntry(note.id, words, currentLanguage.value?.code ?? 'en');
    if (!r.ok) return setError(messageFor(r.error));
    setError(undefined);
    setEditing(false);
    announcement.value = t('inbox:notes.wordsSaved');
  };
  const hide = async (hidden: boolean) => {
    const r = await setEntryHidden(note.id, hidden);
    if (!r.ok) return setError(messageFor(r.error));
    announcement.value = hidden ? t('inbox:notes.hiddenDone') : t('inbox:notes.shownDone');
  };
  return (
    <article class="record-card" aria-labelledby={id} data-entry-id={note.id}>
      <h3 id={id}>{note.title ? <>{kind}: <bdi>{note.title}</bdi></> : kind}</h3>
      <EntryOrigin entry={note} />
      {!note.contributedBy && (
        <p class="provenance"><bdi>{note.from.name}</bdi> · {t(`record:code.professionalRole.${note.from.role}`)} · {formatDateTime(note.receivedAt)}</p>
      )}
      {note.result && <p><strong>{t(`record:assessmentResult.${note.result}`)}</strong></p>}
      {note.text.text && <p lang={note.text.lang} dir="auto" class="pre-wrap">{note.text.text}</p>}
      {note.text.text && <ReadAloud text={note.text.text} lang={note.text.lang} what={note.from.name} />}
      {!editing && <Annotation value={note.annotation} />}
      {editing && (
        <form class="stack" onSubmit={(e) => void save(e)}>
          <Field id={`${id}-words`} label={t('inbox:notes.wordsLabel')} error={error}>
            <textarea {...described(`${id}-words`, error)} rows={3} dir="auto" value={words} onInput={(e) => setWords((e.target as HTMLTextAreaElement).value)} />
          </Field>
          <div class="actions">
            <button type="submit" class="button small primary">{t('inbox:notes.saveWords')}</button>
            <button type="button" class="button small" onClick={() => { setEditing(false); setWords(note.annotation?.text ?? ''); }}>{t('support:common.cancel')}</button>
          </div>
        </form>
      )}
      {!editing && error && <p class="form-error" role="alert">{error}</p>}
      {!editing && (
        <div class="actions no-print">
          <button type="button" class="button small" onClick={() => setEditing(true)}>
            {note.annotation ? t('inbox:notes.editWords') : t('inbox:notes.addWords')}
          </button>
          {note.contributedBy && (
            note.hidden
              ? <button type="button" class="button small" onClick={() => void hide(false)}>{t('inbox:notes.show')}</button>
              : <button type="button" class="button small" onClick={() => void hide(true)}>{t('inbox:notes.hide')}</button>
          )}
        </div>
      )}
    </article>
  );
}

/** The child's notes from professionals, newest first; hidden ones folded away at the end. */
export function ReceivedNotes({ childId }: { childId: string }) {
  // Its words are in the lazy 'inbox' namespace: unlocking does not load them.
  const ready = useNamespace('inbox');
  if (!ready) return null;
  const notes = recordStore.entries('received-note', childId as ReceivedNoteEntry['childId'])
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const shown = notes.filter((n) => !n.hidden);
  const hidden = notes.filter((n) => n.hidden);
  return (
    <section aria-labelledby="support-notes" class="stack">
      <h2 id="support-notes">{t('inbox:notes.title', { count: shown.length })}</h2>
      <p class="hint">{t('inbox:notes.intro')}</p>
      {shown.length === 0 ? <p>{t('inbox:notes.none')}</p> : <ul class="record-list">{shown.map((n) => <li key={n.id}><NoteCard note={n} /></li>)}</ul>}
      {hidden.length > 0 && (
        <details>
          <summary>{t('inbox:notes.hiddenTitle', { count: hidden.length })}</summary>
          <ul class="record-list">{hidden.map((n) => <li key={n.id}><NoteCard note={n} /></li>)}</ul>
        </details>
      )}
    </section>
  );
}
