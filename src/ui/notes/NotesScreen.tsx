import { deviceToday } from '../../app/clock';
import { writtenInOf } from '../../app/written-in';
import { useEffect, useState } from 'preact/hooks';
import { deleteNote, listNotes, restoreNote } from '../../app/notes';
import { recordStore } from '../../app/record-store';
import type { EntryId, PrivateNoteEntry } from '../../domain/index';
import type { SectionProps } from '../child/section-props';
import { currentLanguage, t } from '../state/language';
import { ConfirmDelete } from '../kit/ConfirmDelete';
import { formatDate } from '../kit/format';
import { messageFor, typingLanguage } from '../kit/messages';
import { offerUndo, UndoBar } from '../kit/undo';
import { NoteForm } from './NoteForm';
import '../kit/kit.css';

/** The parent's private notes. They belong to the one section no share can ever carry. */
export function NotesScreen({ child }: SectionProps) {
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  const [editing, setEditing] = useState<EntryId | undefined>();
  const [error, setError] = useState<string | undefined>();
  const lang = typingLanguage(currentLanguage.value?.code);
  const notes = listNotes(child.id);
  const name = child.preferredName ?? child.name;

  const remove = async (n: PrivateNoteEntry) => {
    const result = await deleteNote(n.id);
    if (!result.ok) return setError(messageFor(result.error));
    setError(undefined);
    const deleted = result.value;
    offerUndo({ message: t('support:note.deleted', { date: formatDate(n.date) }), restore: () => restoreNote(deleted), errorText: messageFor });
  };
  return (
    <section class="screen" aria-labelledby="notes-title">
      <h1 id="notes-title">{t('support:note.title', { name })}</h1>
      <p class="private-banner">{t('support:note.neverShared')}</p>
      <UndoBar />
      {error && <p class="form-error" role="alert">{error}</p>}
      <NoteForm childId={child.id} initial={{ date: deviceToday(), text: '', lang }} onDone={() => undefined} />
      <section aria-labelledby="notes-list-title" class="stack">
        <h2 id="notes-list-title">{t('support:note.listTitle', { count: notes.length })}</h2>
        {notes.length === 0 && <p>{t('support:note.none')}</p>}
        <ul class="record-list">
          {notes.map((n) => (
            <li key={n.id}>
              {editing === n.id ? (
                <NoteForm childId={child.id} initial={{ date: n.date, text: n.text.text, lang, writtenIn: writtenInOf(n.text, lang) }} editing={n.id} onDone={() => setEditing(undefined)} />
              ) : (
                <article class="record-card" aria-labelledby={`note-${n.id}-date`} data-entry-id={n.id}>
                  <h3 id={`note-${n.id}-date`}>{formatDate(n.date)}</h3>
                  <p class="note-text" lang={n.text.lang} dir="auto">{n.text.text}</p>
                  <div class="actions">
                    <button type="button" class="button small" onClick={() => setEditing(n.id)}>{t('support:common.edit')}</button>
                    <ConfirmDelete question={t('support:note.deleteQuestion')} onConfirm={() => void remove(n)} />
                  </div>
                </article>
              )}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
