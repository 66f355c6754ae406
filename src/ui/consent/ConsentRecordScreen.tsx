import { useEffect, useState } from 'preact/hooks';
import { checkCode, consentRecordFile } from '../../app/consent-export';
import { readConsentLog, type ConsentLogRead } from '../../app/consent-log';
import { readKeptConsentChains, type KeptConsentChain } from '../../app/consent-kept';
import { recordStore, type StoredChild } from '../../app/record-store';
import { session } from '../../app/session';
import { downloadText } from '../kit/download';
import { sharingErrorText } from '../share/messages';
import { announcement, currentLanguage, t, useNamespace } from '../state/language';
import { formatDateTime } from '../kit/format';
import { consentSentence } from './sentences';
import { entryGist } from '../share/ShareForm';
import './consent.css';
import { Bi, BiSentence } from '../kit/Bi';
import { withNamespace } from '../kit/WithNamespace';

const ALL = '';

/**
 * `/consent`: every grant, change, revocation and share, oldest first, each as a plain sentence.
 * The chain is checked each time the screen opens; a broken one is named, and the app goes on.
 */
function ConsentRecordScreenReady() {
  const [read, setRead] = useState<ConsentLogRead | undefined>();
  const [children, setChildren] = useState<StoredChild[]>([]);
  const [only, setOnly] = useState(ALL);
  const [error, setError] = useState<string | undefined>();
  const [kept, setKept] = useState<KeptConsentChain[]>([]);
  // The words for records kept from merged backups live with the restore screen's.
  const keptReady = useNamespace('restore');

  useEffect(() => {
    void (async () => {
      const loaded = await recordStore.ensureLoaded();
      if (loaded.ok) setChildren(recordStore.children());
      const log = await readConsentLog();
      if (log.ok) setRead(log.value);
      else setError(sharingErrorText(log.error));
      const others = await readKeptConsentChains();
      if (others.ok) setKept(others.value);
    })();
    return session.onLock(() => setRead(undefined));
  }, []);

  const nameOf = (id: string) => children.find((c) => c.id === id)?.name;
  const sentences = read?.entries.map((e) => consentSentence(e.event, nameOf(e.event.childId))) ?? [];
  const shown = read?.entries.map((entry, i) => ({ entry, i })).filter(({ entry }) => only === ALL || entry.event.childId === only) ?? [];

  const exportFile = () => {
    if (!read) return;
    downloadText('family-file-consent-record.json', consentRecordFile(read, sentences, currentLanguage.value?.code ?? 'en', Date.now()), 'application/json');
    announcement.value = t('consent:record.exported');
  };

  return (
    <section class="screen stack consent-screen" aria-labelledby="consent-title" data-ready={read !== undefined || undefined}>
      <h1 id="consent-title"><Bi k="consent:record.title" /></h1>
      <p>{t('consent:record.intro')}</p>
      {error && <p class="form-error" role="alert">{error}</p>}
      {read && (read.brokenAt === undefined
        ? <p class="notice" role="status" data-chain="intact">{t('consent:record.intact')}</p>
        : <p class="form-error" role="alert" data-chain="broken">{t('consent:record.broken', { n: read.brokenAt + 1 })}</p>)}
      {read && children.length > 1 && (
        <div class="field no-print">
          <label for="consent-child">{t('consent:record.filter')}</label>
          <select id="consent-child" value={only} onChange={(e) => setOnly((e.target as HTMLSelectElement).value)}>
            <option value={ALL}>{t('consent:record.all')}</option>
            {children.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
      )}
      {read?.entries.length === 0 && <p>{t('consent:record.empty')}</p>}
      {shown.length > 0 && (
        <ol class="consent-record">
          {shown.map(({ entry, i }) => {
            const event = entry.event;
            const broken = read?.brokenAt !== undefined && i >= read.brokenAt;
            return (
              <li key={entry.seq} class={`kind-${event.type}${broken ? ' broken' : ''}`} data-seq={entry.seq}>
                <p dir="auto"><BiSentence make={() => consentSentence(event, nameOf(event.childId))} /></p>
                {event.type === 'share' && event.sensitiveEntryIds.length > 0 && (
                  <>
                    <p class="warning">{t('consent:record.sensitive', { count: event.sensitiveEntryIds.length })}</p>
                    <ul class="sensitive-items">
                      {event.sensitiveEntryIds.map((id) => {
                        const entry = recordStore.entry(id);
                        const gist = entry && entry.kind !== 'private-note' ? entryGist(entry) : undefined;
                        return <li key={id} lang={gist?.lang} dir="auto">{gist?.text ?? t('consent:record.sensitiveGone')}</li>;
                      })}
                    </ul>
                  </>
                )}
                {event.type === 'share' && event.basis && (
                  <p class="hint">{t(event.basis === 'routine' ? 'consent:record.routine' : 'consent:record.caseByCase')}</p>
                )}
                {(event.type === 'grant' || event.type === 'share') && event.purpose && (
                  <p dir="auto">{t('consent:record.purpose', { purpose: event.purpose })}</p>
                )}
                {broken && i === read?.brokenAt && <p class="form-error">{t('consent:record.brokenEntry')}</p>}
                {event.type === 'share' && event.consentHead && (
                  <p class="hint">{t('consent:record.sentCode')} <span class="check-code">{checkCode(event.consentHead)}</span></p>
                )}
                <p class="hint">{t('consent:record.checkCode')}: <span class="check-code">{checkCode(entry.hash)}</span></p>
              </li>
            );
          })}
        </ol>
      )}
      {read && read.entries.length > 0 && (
        <div class="actions no-print">
          <button type="button" class="button" onClick={() => print()}>{t('consent:record.print')}</button>
          <button type="button" class="button" onClick={exportFile}>{t('consent:record.export')}</button>
        </div>
      )}
      {keptReady && kept.map((chain) => (
        <section key={chain.backupCreatedAt} class="card stack kept-chain" data-chain={chain.brokenAt === undefined ? 'intact' : 'broken'}>
          <h2>{t('restore:keptTitle', { when: formatDateTime(chain.backupCreatedAt) })}</h2>
          <p>{t('restore:keptIntro')}</p>
          {chain.brokenAt === undefined
            ? <p class="notice">{t('restore:keptIntact')}</p>
            : <p class="form-error">{t('restore:keptBroken', { n: chain.brokenAt + 1 })}</p>}
          <ol class="consent-record">
            {chain.entries.map((entry) => (
              <li key={entry.seq} class={`kind-${entry.event.type}`}>
                <p dir="auto">{consentSentence(entry.event, nameOf(entry.event.childId))}</p>
                <p class="hint">{t('consent:record.checkCode')}: <span class="check-code">{checkCode(entry.hash)}</span></p>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p class="no-print"><a href="/grants">{t('consent:grants.title')}</a></p>
    </section>
  );
}

/** Waits for the consent strings (a lazy namespace: src/i18n/index.ts). */
export const ConsentRecordScreen = withNamespace('consent', ConsentRecordScreenReady);
