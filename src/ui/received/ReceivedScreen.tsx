import { useEffect, useState } from 'preact/hooks';
import {
  keepPurgingExpiredShares, receivedShare, receivedShares, type ReceivedList, type ReceivedShareRecord,
} from '../../app/receive';
import { session } from '../../app/session';
import { scanMessageKey } from '../../app/scan-decode';
import { errorText } from '../state/errors';
import { t, useNamespace } from '../state/language';
import { countdownText, listText, shownDateTime, useNow } from './format';
import { Fingerprint, ShareView } from './ShareView';
import { SenderTrustBox } from './SenderTrust';
import { confirmedSenders } from '../../app/sender-trust';
import { checkCode, csvText } from '../../app/consent-export';
import { downloadText } from '../kit/download';
import { announcement } from '../state/language';
import type { ReceivedLogRecord } from '../../app/receive';
import './received.css';
import '../consent/consent.css';
import { LoadingScreen } from '../kit/WithNamespace';

/** The received log as a spreadsheet: the professional's record of each sharing decision. */
function exportLogCsv(log: readonly ReceivedLogRecord[]) {
  const h = (k: string) => t(`consent:received.csvHeader.${k}`);
  const rows = [
    [h('received'), h('child'), h('sections'), h('issued'), h('until'), h('sender'), h('checkCode')],
    ...log.map((l) => [
      new Date(l.receivedAt).toISOString(), l.childName ?? '', l.sections.map((x) => t(`record:section.${x}`)).join('; '),
      new Date(l.issuedAt).toISOString(), new Date(l.expiresAt).toISOString(), l.fingerprint.join(' '), l.consentHead ? checkCode(l.consentHead) : '',
    ]),
  ];
  downloadText('family-file-received-log.csv', csvText(rows), 'text/csv');
  announcement.value = t('consent:received.exported');
}

const message = (code: string) => {
  const key = scanMessageKey(code);
  return key ? t(key) : errorText(code);
};

/** `/received` is the professional's home; `/received/:id` one share, until it expires. */
export function ReceivedScreen({ params }: { params?: { id?: string } }) {
  const ready = useNamespace(['receive', 'health', 'consent']);
  useEffect(() => keepPurgingExpiredShares(), []);
  if (!ready) return <LoadingScreen />;
  return params?.id ? <ReceivedShare id={params.id} /> : <ReceivedHome />;
}

function ReceivedShare({ id }: { id: string }) {
  const now = useNow();
  const [share, setShare] = useState<ReceivedShareRecord | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void receivedShare(id).then((r) => (r.ok ? setShare(r.value) : setError(r.error)));
    return session.onLock(() => setShare(undefined));
  }, [id]);
  const expired = share !== undefined && share.expiresAt <= now;
  useEffect(() => {
    // At expiry the content leaves the screen and storage at once.
    if (!expired) return;
    setShare(undefined);
    setError('expired');
    void receivedShare(id);
  }, [expired]);

  if (error || !share) {
    return (
      <section class="screen stack" aria-labelledby="received-title">
        <h1 id="received-title">{t('receive:home.title')}</h1>
        {error ? <p class="form-error" role="alert">{message(error)}</p> : <p role="status">{t('common:loading')}</p>}
        {error === 'expired' && <p>{t('receive:view.honest')}</p>}
        <a class="button" href="/received">{t('receive:view.backToList')}</a>
      </section>
    );
  }
  return (
    <section class="screen stack">
      <ShareView share={share} now={now} receivedAt={share.receivedAt} trust={<SenderTrustBox share={share} />} />
      <div class="actions">
        {share.content.replyKey && <a class="button primary" href={`/write/${share.id}`}>{t('receive:view.writeBack')}</a>}
        <a class="button" href="/received">{t('receive:view.backToList')}</a>
      </div>
    </section>
  );
}

function ReceivedHome() {
  const now = useNow();
  const [list, setList] = useState<ReceivedList | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const load = () => {
    void receivedShares().then((r) => (r.ok ? setList(r.value) : setError(r.error)));
    void confirmedSenders().then((r) => r.ok && setConfirmed(r.value));
  };
  useEffect(() => {
    load();
    return session.onLock(() => setList(undefined));
  }, []);
  // When a share's time is up, read the list again: the purge removes it.
  const nextExpiry = list?.active[0]?.expiresAt;
  useEffect(() => {
    if (nextExpiry !== undefined && nextExpiry <= now) load();
  }, [nextExpiry !== undefined && nextExpiry <= now]);

  const active = list?.active.filter((s) => s.expiresAt > now) ?? [];
  return (
    <section class="screen stack" aria-labelledby="received-title" data-ready={list !== undefined || undefined}>
      <h1 id="received-title">{t('receive:home.title')}</h1>
      <div class="actions">
        <a class="button primary" href="/scan">{t('receive:home.scan')}</a>
        <a class="button" href="/contact">{t('receive:home.contactCard')}</a>
      </div>
      {error && <p class="form-error" role="alert">{message(error)}</p>}
      <section class="stack" aria-labelledby="received-now">
        <h2 id="received-now">{t('receive:home.readableNow')}</h2>
        {list && active.length === 0 && <p>{t('receive:home.empty')}</p>}
        {active.length > 0 && (
          <ul class="received-list">
            {active.map((s) => (
              <li key={s.id} class="card stack">
                <a href={`/received/${s.id}`} dir="auto">{s.content.child.name}</a>
                {!confirmed.has(s.senderKey) && <span class="trust-tag">{t('receive:trust.tagNew')}</span>}
                <span>{listText(s.content.sections.map((x) => t(`record:section.${x}`)))}</span>
                <span>{t('receive:home.from')} <Fingerprint words={s.fingerprint} /></span>
                <span>{countdownText(s.expiresAt - now)}</span>
              </li>
            ))}
          </ul>
        )}
        {active.length > 0 && <p class="hint">{t('receive:view.honest')}</p>}
      </section>
      {list && list.log.length > 0 && (
        <section class="stack" aria-labelledby="received-log">
          <h2 id="received-log">{t('receive:home.logTitle')}</h2>
          <p class="hint">{t('receive:home.logIntro')}</p>
          <ul class="received-list">
            {list.log.map((l) => (
              <li key={l.id} class="card stack">
                <span>{t('receive:home.logReceived', { time: shownDateTime(l.receivedAt) })}</span>
                {l.childName && <span dir="auto">{t('consent:received.family', { name: l.childName })}</span>}
                <span>{t('receive:home.from')} <Fingerprint words={l.fingerprint} /></span>
                <span>{listText(l.sections.map((x) => t(`record:section.${x}`)))}</span>
                <span>
                  {l.expiresAt > now
                    ? t('receive:home.logUntil', { time: shownDateTime(l.expiresAt) })
                    : t('receive:home.logExpired', { time: shownDateTime(l.expiresAt) })}
                </span>
                <span class="hint">
                  {l.consentHead
                    ? <>{t('consent:received.checkCode')} <span class="check-code">{checkCode(l.consentHead)}</span></>
                    : t('consent:received.noCheckCode')}
                </span>
                {l.replyKey && l.expiresAt <= now && <a class="no-print" href={`/write/${l.id}`}>{t('receive:view.writeBack')}</a>}
              </li>
            ))}
          </ul>
          <div class="actions no-print">
            <button type="button" class="button" onClick={() => exportLogCsv(list.log)}>{t('consent:received.exportCsv')}</button>
            <button type="button" class="button" onClick={() => print()}>{t('consent:received.print')}</button>
          </div>
        </section>
      )}
    </section>
  );
}
