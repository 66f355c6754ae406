import { useEffect, useState } from 'preact/hooks';
import { teamGrants, type MemberGrant } from '../../app/consent';
import { readConsentLog } from '../../app/consent-log';
import { session } from '../../app/session';
import { roleLabelKey } from '../../app/team';
import { SHAREABLE_SECTIONS } from '../../domain/index';
import { formatWhen } from '../kit/format';
import { RoleIcon, SectionIcon } from '../kit/RoleIcon';
import { sharingErrorText } from '../share/messages';
import { announcement, currentLanguage, t } from '../state/language';
import { ReadAloud } from '../kit/ReadAloud';
import { GrantEditor, sectionNames } from './GrantEditor';
import { useChildChoice } from '../child/use-child-choice';
import '../share/qr.css';
import './consent.css';
import { Bi, BiSentence } from '../kit/Bi';
import { withNamespace } from '../kit/WithNamespace';

/** `/grants/:childId?`: what each team member may see of one child, changed person by person. */
function GrantsScreenReady({ params }: { params?: { childId?: string } }) {
  const { children, childId, setChildId, error: loadError } = useChildChoice(params?.childId);
  const [rows, setRows] = useState<MemberGrant[] | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const [status, setStatus] = useState<{ text: string; honest: boolean } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [broken, setBroken] = useState(false);

  useEffect(() => session.onLock(() => setRows(undefined)), []);
  useEffect(() => {
    if (loadError) setError(sharingErrorText(loadError));
  }, [loadError]);

  const load = async (id: string) => {
    const [read, log] = await Promise.all([teamGrants(id), readConsentLog()]);
    setBroken(log.ok && log.value.brokenAt !== undefined);
    if (read.ok) setRows(read.value);
    else setError(sharingErrorText(read.error));
  };
  useEffect(() => {
    if (childId) void load(childId);
  }, [childId]);

  const child = children?.find((c) => c.id === childId);
  return (
    <section class="screen stack" aria-labelledby="grants-title" data-ready={(rows !== undefined && child !== undefined) || undefined}>
      <h1 id="grants-title"><Bi k="consent:grants.title" /></h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      {broken && <p class="form-error" role="alert">{t('consent:grants.recordBroken')} <a href="/consent">{t('consent:grants.record')}</a></p>}
      {children && children.length > 1 && (
        <div class="field">
          <label for="grants-child">{t('consent:grants.child')}</label>
          <select id="grants-child" value={childId} onChange={(e) => { setEditing(undefined); setStatus(undefined); setChildId((e.target as HTMLSelectElement).value); }}>
            {children.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      )}
      {child && <p><Bi k="consent:grants.intro" values={{ name: child.name }} /></p>}
      {rows?.length === 0 && <p>{t('consent:grants.noTeam')} <a href="/team">{t('sharing:share.toTeam')}</a></p>}
      {status && (
        <div class="notice stack" role="status">
          <p>{status.text}</p>
          {status.honest && <p>{t('consent:editor.honest')}</p>}
        </div>
      )}
      {child && rows && rows.length > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('consent:grants.tableCaption', { name: child.name })}>
          <table class="grants-table">
            <caption>{t('consent:grants.tableCaption', { name: child.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent:grants.person')}</th>
                {SHAREABLE_SECTIONS.map((s) => (
                  <th key={s} scope="col"><SectionIcon section={s} /><span class="section-name">{t(`record:section.${s}`)}</span></th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ member, grant }) => (
                <tr key={member.id}>
                  <th scope="row"><RoleIcon role={member.role} /> <span dir="auto">{member.name}</span></th>
                  {SHAREABLE_SECTIONS.map((s) => {
                    const yes = grant?.sections.includes(s) ?? false;
                    return <td key={s} class={yes ? 'granted' : 'not-granted'}>{yes ? '✓' : '–'}<span class="visually-hidden">{t(yes ? 'consent:grants.yes' : 'consent:grants.no')}</span></td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {child && rows && rows.length > 0 && (
        <ul class="entries grant-list" aria-label={t('sharing:team.listLabel')}>
          {rows.map((row) => {
            const { member, grant } = row;
            const canSeeKey = grant ? (grant.until ? 'consent:grants.canSeeUntil' : 'consent:grants.canSee') : 'consent:grants.none';
            const canSeeLine = () => t(canSeeKey, grant ? { sections: sectionNames(grant.sections), until: grant.until ? formatWhen(grant.until) : '' } : {});
            const canSee = canSeeLine();
            return (
              <li key={member.id} class="stack" data-member={member.id}>
                <p class="member-line">
                  <RoleIcon role={member.role} />
                  <strong dir="auto">{member.name}</strong>
                  <span>{t(roleLabelKey(member.role))}</span>
                  <span class={member.verified ? 'badge verified' : 'badge unverified'}>{t(member.verified ? 'sharing:team.verified' : 'sharing:team.notVerified')}</span>
                </p>
                <p class="can-see"><BiSentence make={canSeeLine} /></p>
                <ReadAloud text={`${member.name}. ${canSee}`} lang={currentLanguage.value?.code ?? 'en'} what={member.name} />
                {!member.boxKey && <p class="hint">{t('consent:grants.openOnly')}</p>}
                {editing === member.id ? (
                  <GrantEditor childId={child.id} childName={child.name} row={row} onCancel={() => setEditing(undefined)}
                    onSaved={(change, text) => {
                      setEditing(undefined);
                      setStatus({ text, honest: change === 'revoked' });
                      announcement.value = text;
                      void load(child.id);
                    }} />
                ) : (
                  <div class="actions">
                    <button type="button" class="button" onClick={() => { setStatus(undefined); setEditing(member.id); }}
                      aria-label={t('consent:grants.changeNamed', { name: member.name })}>{t('consent:grants.change')}</button>
                    {grant && (
                      <a class="button primary" href={`/share/${child.id}/to/${member.id}`}
                        aria-label={t('consent:grants.shareNowNamed', { name: member.name })}>{t('consent:grants.shareNow')}</a>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p><a href="/consent">{t('consent:grants.record')}</a></p>
    </section>
  );
}

/** Waits for the consent strings (a lazy namespace: src/i18n/index.ts). */
export const GrantsScreen = withNamespace('consent', GrantsScreenReady);
