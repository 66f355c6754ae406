import { useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { useChildChoice } from '../child/use-child-choice';
import { session } from '../../app/session';
import { logShare, makeShare, type MadeShare, type ShareRequest } from '../../app/share-out';
import { listTeam, roleLabelKey, type TeamMember } from '../../app/team';
import { teamGrants, type MemberGrant } from '../../app/consent';
import type { ShareableSection } from '../../domain/index';
import { RoleIcon } from '../kit/RoleIcon';
import { sectionNames } from '../consent/GrantEditor';
import { t } from '../state/language';
import { sharingErrorText } from './messages';
import { ShareForm } from './ShareForm';
import { ShareResult } from './ShareResult';
import './qr.css';
import '../consent/consent.css';
import { withNamespace } from '../kit/WithNamespace';

/** Share chosen sections of one child with a team member, or with someone not in the team. */
function ShareScreenReady() {
  const { params } = useRoute();
  const { children, childId, setChildId, error: loadError } = useChildChoice(params.childId);
  const [team, setTeam] = useState<TeamMember[] | undefined>();
  const [made, setMade] = useState<{ share: MadeShare; request: ShareRequest } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [grants, setGrants] = useState<MemberGrant[] | undefined>();

  useEffect(() => {
    void listTeam().then((members) => (members.ok ? setTeam(members.value) : setError(sharingErrorText(members.error))));
    return session.onLock(() => setMade(undefined)); // the code holds the record: drop it on lock
  }, []);
  useEffect(() => {
    if (loadError) setError(sharingErrorText(loadError));
  }, [loadError]);

  useEffect(() => {
    if (!childId || !team) return;
    void teamGrants(childId).then((r) => (r.ok ? setGrants(r.value) : setError(sharingErrorText(r.error))));
  }, [childId, team]);

  const create = async (request: ShareRequest): Promise<string | undefined> => {
    const share = await makeShare(request, { origin: location.origin });
    if (!share.ok) return sharingErrorText(share.error);
    const logged = await logShare(share.value, request.childId, 'qr');
    if (!logged.ok) return sharingErrorText(logged.error);
    setMade({ share: share.value, request });
    return undefined;
  };

  const child = childId ? children?.find((c) => c.id === childId) : undefined;
  const granted = new Map<string, readonly ShareableSection[]>((grants ?? []).flatMap((g) => (g.grant ? [[g.member.id, g.grant.sections]] : [])));
  const withGrant = (grants ?? []).filter((g) => g.grant);
  return (
    <section class="screen" aria-labelledby="share-title" data-ready={(team !== undefined && (grants !== undefined || !child)) || undefined}>
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
      {!made && child && withGrant.length > 0 && (
        <section class="card stack" aria-labelledby="one-tap-title">
          <h2 id="one-tap-title">{t('consent:grants.title')}</h2>
          <ul class="entries grant-list">
            {withGrant.map(({ member, grant }) => (
              <li key={member.id} class="stack">
                <p class="member-line"><RoleIcon role={member.role} /><strong dir="auto">{member.name}</strong><span>{t(roleLabelKey(member.role))}</span></p>
                <p class="can-see">{t('consent:grants.canSee', { sections: sectionNames(grant!.sections) })}</p>
                <a class="button primary" href={`/share/${child.id}/to/${member.id}`}
                  aria-label={t('consent:grants.shareNowNamed', { name: member.name })}>{t('consent:grants.shareNow')}</a>
              </li>
            ))}
          </ul>
          <a href={`/grants/${child.id}`}>{t('consent:grants.change')}</a>
        </section>
      )}
      {!made && child && team && grants && <ShareForm key={child.id} child={child} team={team} granted={granted} onCreate={create} />}
      {made && child && (
        <ShareResult share={made.share} childId={made.request.childId} childName={child.name} onDone={() => setMade(undefined)} />
      )}
    </section>
  );
}

/** Waits for the consent strings (a lazy namespace: src/i18n/index.ts). */
export const ShareScreen = withNamespace('consent', ShareScreenReady);
