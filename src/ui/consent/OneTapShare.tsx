import { useEffect, useRef, useState } from 'preact/hooks';
import { shareWithMember, teamGrants, type MemberGrant, type MemberShare } from '../../app/consent';
import { recordStore, type StoredChild } from '../../app/record-store';
import { session } from '../../app/session';
import { SHARE_LIFETIMES, sensitiveChoices } from '../../app/share-out';
import { roleLabelKey } from '../../app/team';
import type { ShareableEntry } from '../../domain/index';
import { described, Field, inputValue } from '../kit/Field';
import { formatWhen } from '../kit/format';
import { RoleIcon } from '../kit/RoleIcon';
import { sharingErrorText } from '../share/messages';
import { ShareResult } from '../share/ShareResult';
import { entryGist } from '../share/ShareForm';
import { t } from '../state/language';
import { sectionNames } from './GrantEditor';
import '../share/qr.css';
import './consent.css';
import { Bi, BiSentence } from '../kit/Bi';
import { withNamespace } from '../kit/WithNamespace';

/**
 * `/share/:childId/to/:memberId`: the one-tap share to a team member. It says in plain words who
 * will see what until when, lets the parent tick sensitive entries one by one, and makes the code
 * from the grant as it stands at the tap.
 */
function OneTapShareReady({ params }: { params: { childId: string; memberId: string } }) {
  const { childId, memberId } = params;
  const [child, setChild] = useState<StoredChild | undefined>();
  const [row, setRow] = useState<MemberGrant | null | undefined>();
  const [ticked, setTicked] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [made, setMade] = useState<MemberShare | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  useEffect(() => {
    void (async () => {
      const loaded = await recordStore.ensureLoaded();
      if (!loaded.ok) return setError(sharingErrorText(loaded.error));
      setChild(recordStore.child(childId));
      const grants = await teamGrants(childId);
      if (!grants.ok) return setError(sharingErrorText(grants.error));
      setRow(grants.value.find((g) => g.member.id === memberId) ?? null);
    })();
    return session.onLock(() => setMade(undefined));
  }, [childId, memberId]);

  const sensitive: ShareableEntry[] = row?.grant ? sensitiveChoices(childId, row.grant.sections) : [];
  const tick = (id: string, on: boolean) => setTicked((now) => (on ? [...now, id] : now.filter((x) => x !== id)));

  const share = async () => {
    if (inFlight.current) return; // a second quick tap makes no second share
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    const done = await shareWithMember(childId, memberId, { includeSensitiveIds: ticked, purpose }, Date.now(), { origin: location.origin });
    inFlight.current = false;
    setBusy(false);
    if (!done.ok) return setError(sharingErrorText(done.error));
    setMade(done.value);
  };

  if (made && child) {
    return (
      <section class="screen stack" aria-labelledby="one-tap-title">
        <h1 id="one-tap-title"><Bi k="consent:oneTap.title" values={{ name: made.share.recipient?.name ?? '' }} /></h1>
        <ShareResult share={made.share} childId={childId} childName={child.name} onDone={() => history.back()} />
      </section>
    );
  }

  const member = row?.member;
  const grant = row?.grant;
  const kind = member?.boxKey ? 'addressed' : 'open';
  const until = grant ? Math.min(Date.now() + SHARE_LIFETIMES[kind].defaultMs, grant.until ? Date.parse(grant.until) : Infinity) : 0;
  return (
    <section class="screen stack" aria-labelledby="one-tap-title" data-ready={row !== undefined || undefined}>
      <h1 id="one-tap-title"><Bi k="consent:oneTap.title" values={{ name: member?.name ?? '' }} /></h1>
      {row === null && <p class="form-error" role="alert"><Bi k="consent:oneTap.memberGone" /></p>}
      {member && child && !grant && (
        <>
          <p class="form-error" role="alert"><Bi k="consent:oneTap.noGrant" values={{ name: member.name, child: child.name }} /></p>
          <a class="button" href={`/grants/${childId}`}><Bi k="consent:oneTap.toGrants" /></a>
        </>
      )}
      {member && grant && child && (
        <>
          <p class="share-summary one-tap-summary">
            <RoleIcon role={member.role} />{' '}
            <BiSentence make={() => t('consent:oneTap.summary', {
              name: member.name, role: t(roleLabelKey(member.role)), sections: sectionNames(grant.sections), until: formatWhen(until),
            })} />
          </p>
          {!member.boxKey && <p class="hint">{t('consent:grants.openOnly')}</p>}
          {sensitive.length > 0 && (
            <fieldset class="card stack">
              <legend><Bi k="consent:oneTap.sensitiveLegend" /></legend>
              <p class="warning">{t('consent:oneTap.sensitiveHint', { name: member.name })}</p>
              <div class="choice-list">
                {sensitive.map((entry) => {
                  const gist = entryGist(entry);
                  const on = ticked.includes(entry.id);
                  return (
                    <label key={entry.id} class={on ? 'choice selected' : 'choice'}>
                      <input type="checkbox" checked={on} onChange={(e) => tick(entry.id, (e.target as HTMLInputElement).checked)} />
                      <span>
                        <span lang={gist.lang} dir="auto">{gist.text}</span>
                        {on && <span class="warning strong">{t('consent:oneTap.sensitiveTickedWarning', { name: member.name })}</span>}
                      </span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          )}
          <Field id="one-tap-purpose" label={t('consent:editor.purpose')} hint={t('consent:editor.purposeHint')}>
            <input type="text" value={purpose} maxLength={200} dir="auto" onInput={(e) => setPurpose(inputValue(e))} {...described('one-tap-purpose', undefined, true)} />
          </Field>
          {error && <p class="form-error" role="alert">{error}</p>}
          <div class="actions">
            <button type="button" class="button primary" disabled={busy} onClick={() => void share()}>{t('consent:oneTap.show')}</button>
            <a class="button" href={`/grants/${childId}`}>{t('consent:oneTap.cancel')}</a>
          </div>
        </>
      )}
      {error && !grant && <p class="form-error" role="alert">{error}</p>}
    </section>
  );
}

/** Waits for the consent strings (a lazy namespace: src/i18n/index.ts). */
export const OneTapShare = withNamespace('consent', OneTapShareReady);
