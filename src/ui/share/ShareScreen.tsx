import { useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { recordStore, type StoredChild } from '../../app/record-store';
import { session } from '../../app/session';
import { logShare, makeShare, type MadeShare, type ShareRequest } from '../../app/share-out';
import { listTeam, type TeamMember } from '../../app/team';
import { t } from '../state/language';
import { sharingErrorText } from './messages';
import { ShareForm } from './ShareForm';
import { ShareResult } from './ShareResult';
import './qr.css';

/** Share chosen sections of one child with a team member, or with someone not in the team. */
export function ShareScreen() {
  const { params } = useRoute();
  const [children, setChildren] = useState<StoredChild[] | undefined>();
  const [team, setTeam] = useState<TeamMember[] | undefined>();
  const [childId, setChildId] = useState<string | undefined>(params.childId);
  const [made, setMade] = useState<{ share: MadeShare; request: ShareRequest } | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void (async () => {
      const loaded = await recordStore.ensureLoaded();
      if (!loaded.ok) return setError(sharingErrorText(loaded.error));
      const list = recordStore.children();
      setChildren(list);
      setChildId((id) => (id && recordStore.child(id) ? id : list[0]?.id));
      const members = await listTeam();
      if (!members.ok) return setError(sharingErrorText(members.error));
      setTeam(members.value);
    })();
    return session.onLock(() => setMade(undefined)); // the code holds the record: drop it on lock
  }, []);

  const create = async (request: ShareRequest): Promise<string | undefined> => {
    const share = await makeShare(request, { origin: location.origin });
    if (!share.ok) return sharingErrorText(share.error);
    const logged = await logShare(share.value, request.childId, 'qr');
    if (!logged.ok) return sharingErrorText(logged.error);
    setMade({ share: share.value, request });
    return undefined;
  };

  const child = childId ? children?.find((c) => c.id === childId) : undefined;
  return (
    <section class="screen" aria-labelledby="share-title" data-ready={team !== undefined || undefined}>
      <h1 id="share-title">{t('sharing:share.title')}</h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      {children?.length === 0 && <p>{t('sharing:share.noChildren')} <a href="/home">{t('sharing:share.toHome')}</a></p>}
      {!made && children && children.length > 1 && (
        <div class="field">
          <label for="share-child">{t('sharing:share.child')}</label>
          <select id="share-child" value={childId} onChange={(e) => setChildId((e.target as HTMLSelectElement).value)}>
            {children.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      )}
      {!made && child && team && <ShareForm key={child.id} child={child} team={team} onCreate={create} />}
      {made && child && (
        <ShareResult share={made.share} childId={made.request.childId} childName={child.name} onDone={() => setMade(undefined)} />
      )}
    </section>
  );
}
