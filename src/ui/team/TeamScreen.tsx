import { useEffect, useState } from 'preact/hooks';
import { listTeam, restoreMember, roleLabelKey, type TeamMember } from '../../app/team';
import { removeMemberAndGrants, teamGrants, type MemberGrant } from '../../app/consent';
import { recordStore, type StoredChild } from '../../app/record-store';
import { sectionNames } from '../consent/GrantEditor';
import { RoleIcon } from '../kit/RoleIcon';
import { session } from '../../app/session';
import { sharingErrorText } from '../share/messages';
import { announcement, t } from '../state/language';
import { AddByHand } from './AddByHand';
import { AddFromCard } from './AddFromCard';
import '../share/qr.css';
import { withNamespace } from '../kit/WithNamespace';

type Adding = 'none' | 'card' | 'hand';

/** The parent's team: the professionals they share with, added from a contact card or by hand. */
function TeamScreenReady() {
  const [team, setTeam] = useState<TeamMember[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [adding, setAdding] = useState<Adding>('none');
  const [removed, setRemoved] = useState<TeamMember | undefined>();

  const [grants, setGrants] = useState<{ child: StoredChild; rows: MemberGrant[] }[]>([]);
  const load = async () => {
    const read = await listTeam();
    if (read.ok) setTeam(read.value);
    else setError(sharingErrorText(read.error));
    // What each member may see of each child, for the one-tap share buttons.
    const loaded = await recordStore.ensureLoaded();
    if (!loaded.ok) return;
    const all = await Promise.all(recordStore.children().map(async (child) => ({ child, read: await teamGrants(child.id) })));
    setGrants(all.flatMap(({ child, read: r }) => (r.ok ? [{ child, rows: r.value }] : [])));
  };
  useEffect(() => {
    void load();
    return session.onLock(() => setTeam(undefined));
  }, []);

  const added = (member: TeamMember) => {
    setAdding('none');
    announcement.value = t('sharing:team.added', { name: member.name });
    void load();
  };
  const remove = async (member: TeamMember) => {
    const done = await removeMemberAndGrants(member);
    if (!done.ok) return setError(sharingErrorText(done.error));
    setRemoved(done.value);
    void load();
  };
  const undo = async () => {
    if (!removed) return;
    const done = await restoreMember(removed);
    if (!done.ok) return setError(sharingErrorText(done.error));
    setRemoved(undefined);
    void load();
  };

  return (
    <section class="screen" aria-labelledby="team-title" data-ready={team !== undefined || undefined}>
      <h1 id="team-title">{t('sharing:team.title')}</h1>
      <p>{t('sharing:team.intro')}</p>
      {error && <p class="form-error" role="alert">{error}</p>}
      {removed && (
        <p class="notice" role="status">
          {t('sharing:team.removed', { name: removed.name })} {t('consent:team.grantsEnded')}{' '}
          <button type="button" class="button small" onClick={() => void undo()}>{t('sharing:team.undo')}</button>
        </p>
      )}
      {team?.length === 0 && <p class="hint">{t('sharing:team.empty')}</p>}
      {team && team.length > 0 && (
        <ul class="entries" aria-label={t('sharing:team.listLabel')}>
          {team.map((m) => (
            <li key={m.id}>
              <p>
                <RoleIcon role={m.role} /> <strong dir="auto">{m.name}</strong>{' '}
                <span class={m.verified ? 'badge verified' : 'badge unverified'}>
                  {t(m.verified ? 'sharing:team.verified' : 'sharing:team.notVerified')}
                </span>
              </p>
              <p>{t(roleLabelKey(m.role))}{m.organisation && <>, <span dir="auto">{m.organisation}</span></>}</p>
              {m.service && <p dir="auto">{m.service}</p>}
              {!m.boxKey && <p class="hint">{t('sharing:team.openOnly')}</p>}
              {grants.map(({ child, rows }) => {
                const grant = rows.find((r) => r.member.id === m.id)?.grant;
                return grant && (
                  <p key={child.id} class="actions">
                    <span>{t('consent:team.canSeeOf', { child: child.name, sections: sectionNames(grant.sections) })}</span>
                    <a class="button small primary" href={`/share/${child.id}/to/${m.id}`}
                      aria-label={t('consent:team.shareNowNamed', { name: m.name, child: child.name })}>{t('consent:grants.shareNow')}</a>
                  </p>
                );
              })}
              <button type="button" class="button small" onClick={() => void remove(m)}
                aria-label={t('sharing:team.removeNamed', { name: m.name })}>
                {t('sharing:team.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding === 'none' && team && (
        <div class="actions">
          <button type="button" class="button primary" onClick={() => setAdding('card')}>{t('sharing:team.addFromCard')}</button>
          <button type="button" class="button" onClick={() => setAdding('hand')}>{t('sharing:team.addByHand')}</button>
        </div>
      )}
      {adding === 'card' && <AddFromCard onAdded={added} onCancel={() => setAdding('none')} />}
      {adding === 'hand' && <AddByHand onAdded={added} onCancel={() => setAdding('none')} />}
      {team && team.length > 0 && (
        <div class="actions">
          <a class="button primary" href="/grants">{t('consent:grants.title')}</a>
          <a class="button" href="/share">{t('sharing:team.toShare')}</a>
        </div>
      )}
      <p><a href="/consent">{t('consent:grants.record')}</a></p>
    </section>
  );
}

/** Waits for the consent strings (a lazy namespace: src/i18n/index.ts). */
export const TeamScreen = withNamespace('consent', TeamScreenReady);
