import { useEffect, useState } from 'preact/hooks';
import { recordStore, session } from '../../app';
import { familyChildren, type StoredChild } from '../../app/family';
import { newInboxCount } from '../../app/inbox-count';
import { backupReminder, type BackupReminder } from '../../app/backup-status';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { vaultRole } from '../state/vault';
import { AddChildForm } from './AddChildForm';
import { ChildCard } from './ChildCard';
import { QuickNote } from './QuickNote';
import './home.css';

/** The unlocked home: the family's children, adding a child, and a quick journal note. */
export function HomeScreen() {
  const [family, setFamily] = useState<StoredChild[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [inboxNew, setInboxNew] = useState(0);
  const [backup, setBackup] = useState<BackupReminder | undefined>();
  useEffect(() => {
    void newInboxCount().then(setInboxNew);
    void backupReminder().then(setBackup);
    const load = async () => {
      const result = await familyChildren();
      if (result.ok) setFamily(result.value);
      else setError(errorText(result.error));
    };
    void load();
    // Cards follow every change (a new child, a new photo); decrypted names leave memory on lock.
    const stop = recordStore.subscribe(() => setFamily(recordStore.loaded ? recordStore.children() : undefined));
    const stopLock = session.onLock(() => setFamily(undefined));
    return () => {
      stop();
      stopLock();
    };
  }, []);

  if (vaultRole.value === 'professional') {
    return (
      <section class="screen" aria-labelledby="home-title">
        <h1 id="home-title">{t('family:home.professionalTitle')}</h1>
        <p>{t('family:home.professionalIntro')}</p>
      </section>
    );
  }
  return (
    <section class="screen" aria-labelledby="home-title" data-ready={family !== undefined || undefined}>
      <h1 id="home-title">{t('family:home.title')}</h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      {family?.length === 0 && <p>{t('family:home.noChildren')}</p>}
      {backup?.due && (
        <p class="notice backup-due">
          {t(`family:home.backupDue.${backup.reason}`)} <a href="/settings#backup-title">{t('family:home.backupLink')}</a>
        </p>
      )}
      {family && family.length > 0 && (
        <ul class="child-cards" aria-label={t('family:home.childrenLabel')}>
          {family.map((c) => (
            <li key={c.id}><ChildCard child={c} /></li>
          ))}
        </ul>
      )}
      {family && <AddChildForm first={family.length === 0} onAdded={() => setFamily(recordStore.children())} />}
      {family && family.length > 0 && (
        <p class="actions">
          <a class="button" href="/inbox">
            {t('family:home.inbox')}
            {inboxNew > 0 && <> <span class="count-badge">{t('family:home.inboxNew', { count: inboxNew })}</span></>}
          </a>
          <a class="button" href="/team">{t('family:home.team')}</a>
          <a class="button" href="/consent">{t('family:home.consentRecord')}</a>
        </p>
      )}
      {family && family.length > 0 && <QuickNote family={family} />}
    </section>
  );
}
