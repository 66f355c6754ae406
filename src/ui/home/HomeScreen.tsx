import { useEffect, useState } from 'preact/hooks';
import { listChildren, session, type StoredChild } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { vaultRole } from '../state/vault';
import { AddChildForm } from './AddChildForm';
import { Journal } from './Journal';

/** The unlocked home: the family's children and the latest of their journal. */
export function HomeScreen() {
  const [children, setChildren] = useState<StoredChild[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const load = async () => {
    const result = await listChildren();
    if (result.ok) setChildren(result.value);
    else setError(errorText(result.error));
  };
  useEffect(() => {
    void load();
    return session.onLock(() => setChildren(undefined)); // decrypted names leave memory on lock
  }, []);

  if (vaultRole.value === 'professional') {
    return (
      <section class="screen" aria-labelledby="home-title">
        <h1 id="home-title">{t('secure:home.professionalTitle')}</h1>
        <p>{t('secure:home.professionalIntro')}</p>
      </section>
    );
  }
  return (
    <section class="screen" aria-labelledby="home-title" data-ready={children !== undefined || undefined}>
      <h1 id="home-title">{t('secure:home.title')}</h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      {children?.length === 0 && <p>{t('secure:home.noChildren')}</p>}
      {children?.map((c) => (
        <Journal key={c.id} child={c} />
      ))}
      {children && <AddChildForm first={children.length === 0} onAdded={() => void load()} />}
    </section>
  );
}
