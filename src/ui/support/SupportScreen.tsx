import { useEffect, useState } from 'preact/hooks';
import { recordStore } from '../../app/record-store';
import { deleteService, emptyServiceForm, forgetDocuments, listServices, restoreService, serviceToForm } from '../../app/support';
import { codeLabelKey, type EntryId, type ServiceEntry } from '../../domain/index';
import type { SectionProps } from '../child/section-props';
import { currentLanguage, t } from '../state/language';
import { messageFor, typingLanguage } from '../kit/messages';
import { offerUndo, UndoBar } from '../kit/undo';
import { ServiceCard } from './ServiceCard';
import { ServiceForm } from './ServiceForm';
import { ReceivedNotes } from './ReceivedNotes';
import '../kit/kit.css';
import './support.css';

/** Support history: the services and professionals around the child, current and ended. */
export function SupportScreen({ child }: SectionProps) {
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  const [editing, setEditing] = useState<EntryId | 'new' | undefined>();
  const [error, setError] = useState<string | undefined>();
  const lang = typingLanguage(currentLanguage.value?.code);
  const { current, ended } = listServices(child.id);
  const name = child.preferredName ?? child.name;

  const remove = async (s: ServiceEntry) => {
    const result = await deleteService(s.id);
    if (!result.ok) return setError(messageFor(result.error));
    setError(undefined);
    const deleted = result.value;
    offerUndo({
      message: t('support:service.deleted', { name: t('record:' + codeLabelKey('serviceType', s.serviceType)) }),
      restore: () => restoreService(deleted),
      expire: () => void forgetDocuments(deleted.documents),
      errorText: messageFor,
    });
  };
  const card = (s: ServiceEntry) =>
    editing === s.id ? (
      <li key={s.id}><ServiceForm childId={child.id} initial={serviceToForm(s, lang)} editing={s.id} onDone={() => setEditing(undefined)} /></li>
    ) : (
      <li key={s.id}><ServiceCard service={s} onEdit={() => setEditing(s.id)} onDelete={() => void remove(s)} /></li>
    );

  return (
    <section class="screen" aria-labelledby="support-title">
      <h1 id="support-title">{t('support:service.title', { name })}</h1>
      <p class="hint">{t('support:service.intro')}</p>
      <UndoBar />
      {error && <p class="form-error" role="alert">{error}</p>}
      {editing === 'new' ? (
        <ServiceForm childId={child.id} initial={emptyServiceForm(lang)} onDone={() => setEditing(undefined)} />
      ) : (
        <button type="button" class="button primary" onClick={() => setEditing('new')}>{t('support:service.add')}</button>
      )}
      <section aria-labelledby="support-current" class="stack">
        <h2 id="support-current">{t('support:service.current', { count: current.length })}</h2>
        {current.length === 0 ? <p>{t('support:service.noCurrent')}</p> : <ul class="record-list">{current.map(card)}</ul>}
      </section>
      <section aria-labelledby="support-ended" class="stack">
        <h2 id="support-ended">{t('support:service.ended', { count: ended.length })}</h2>
        {ended.length === 0 ? <p>{t('support:service.noEnded')}</p> : <ul class="record-list">{ended.map(card)}</ul>}
      </section>
      <ReceivedNotes childId={child.id} />
    </section>
  );
}
