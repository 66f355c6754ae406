// `/inbox`: notes professionals sent back. The parent scans a code or opens a file; each note
// waits here until the parent accepts it (into the record, with who wrote it), adds their own
// words, or declines it (nothing enters the record; a line says so).
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  acceptContribution, annotateContribution, declineContribution, knowsMedicine, listInbox, medicinesOf, receiveContribution,
  MAX_CONTRIBUTION_FILE_BYTES, type InboxItem, type InboxRecord,
} from '../../app/inbox';
import { scanMessageKey } from '../../app/scan-decode';
import { recordStore, type StoredChild } from '../../app/record-store';
import { session } from '../../app/session';
import { FingerprintWords } from '../identity/FingerprintWords';
import { described, Field } from '../kit/Field';
import { formatDate, formatDateTime } from '../kit/format';
import { RoleIcon } from '../kit/RoleIcon';
import { Scanner } from '../scan/Scanner';
import { errorText } from '../state/errors';
import { i18next } from '../../i18n';
import { announcement, currentLanguage, t, useNamespace } from '../state/language';
import { ContributionView } from './ContributionView';
import './inbox.css';
import { takeLaunchedFile } from '../shell/LaunchedFiles';
import { LoadingScreen } from '../kit/WithNamespace';

/** A refusal in words: the inbox's own sentences first (they speak of notes, not shares). */
export function inboxErrorText(code: string): string {
  if (i18next.exists(`inbox:error.${code}`)) return t(`inbox:error.${code}`);
  const key = scanMessageKey(code);
  return key ? t(key) : errorText(code);
}

export function InboxScreen() {
  const ready = [useNamespace('inbox'), useNamespace('receive')].every(Boolean);
  const [items, setItems] = useState<InboxItem[] | undefined>();
  const [scanning, setScanning] = useState(false);
  // A code, not a sentence: it is put into words when shown, so a language change follows.
  const [message, setMessage] = useState<{ code: string; bad: boolean } | undefined>();
  const messageText = (m: { code: string; bad: boolean }) => (m.bad ? inboxErrorText(m.code) : t(`inbox:received.${m.code}`));
  const [dragging, setDragging] = useState(false);
  const busy = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = async () => {
    const r = await listInbox();
    if (r.ok) setItems(r.value);
    else setMessage({ code: r.error, bad: true });
  };
  useEffect(() => {
    void reload();
    return session.onLock(() => setItems(undefined));
  }, []);
  // A note the phone opened the app with (file_handlers).
  useEffect(() => {
    const launched = takeLaunchedFile();
    if (launched) void openFile(launched);
  }, []);

  const take = async (bytes: Uint8Array, via: InboxRecord['via']) => {
    if (busy.current) return;
    busy.current = true;
    const r = await receiveContribution(bytes, via);
    busy.current = false;
    if (!r.ok) return setMessage({ code: r.error, bad: true });
    setScanning(false);
    const done = { code: r.value.duplicate ? 'duplicate' : 'new', bad: false };
    setMessage(done);
    announcement.value = messageText(done);
    await reload();
    document.getElementById(`inbox-${r.value.id}`)?.focus();
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    // A note is a few kilobytes: a big file is refused before a byte of it is read.
    if (file.size > MAX_CONTRIBUTION_FILE_BYTES) return setMessage({ code: 'file-too-large', bad: true });
    try {
      await take(new Uint8Array(await file.arrayBuffer()), 'file');
    } catch {
      setMessage({ code: 'file-unreadable', bad: true });
    }
  };

  if (!ready) return <LoadingScreen />;
  const waiting = items?.filter((i) => i.record.state === 'new') ?? [];
  const decided = items?.filter((i) => i.record.state !== 'new') ?? [];
  return (
    <section
      class={`screen stack inbox${dragging ? ' dragging' : ''}`} aria-labelledby="inbox-title" data-ready={items !== undefined || undefined}
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => { e.preventDefault(); setDragging(false); void openFile(e.dataTransfer?.files[0]); }}
    >
      <h1 id="inbox-title">{t('inbox:title')}</h1>
      <p>{t('inbox:intro')}</p>
      <div class="actions">
        <button type="button" class="button primary" aria-expanded={scanning} onClick={() => { setScanning(!scanning); setMessage(undefined); }}>
          {scanning ? t('inbox:scanStop') : t('inbox:scan')}
        </button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>{t('inbox:openFile')}</button>
        <input ref={fileInput} type="file" hidden accept=".familyfile,application/octet-stream"
          onChange={(e) => { const input = e.target as HTMLInputElement; void openFile(input.files?.[0]); input.value = ''; }} />
      </div>
      {scanning && <Scanner hint={t('inbox:scanHint')} onPayload={(p) => void take(p.bytes, p.via)} />}
      {message && <p class={message.bad ? 'form-error' : 'notice'} role={message.bad ? 'alert' : 'status'}>{messageText(message)}</p>}
      {items === undefined && <p role="status">{t('common:loading')}</p>}
      {items?.length === 0 && <p class="hint">{t('inbox:empty')}</p>}
      {waiting.length > 0 && (
        <section class="stack" aria-labelledby="inbox-waiting">
          <h2 id="inbox-waiting">{t('inbox:waiting', { count: waiting.length })}</h2>
          <ul class="entries inbox-list">
            {waiting.map((item) => <InboxCard key={item.record.id} item={item} onChanged={() => void reload()} />)}
          </ul>
        </section>
      )}
      {decided.length > 0 && (
        <section class="stack" aria-labelledby="inbox-decided">
          <h2 id="inbox-decided">{t('inbox:decided')}</h2>
          <ul class="entries inbox-list">
            {decided.map((item) => <InboxCard key={item.record.id} item={item} onChanged={() => void reload()} />)}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Who sent it, as far as this phone can tell: a team member's card, or an unknown key. */
function Sender({ item }: { item: InboxItem }) {
  const { record, member } = item;
  const from = record.contribution.from;
  const role = t(`record:code.professionalRole.${from.role}`);
  if (member) {
    return (
      <p class="sender verified">
        <RoleIcon role={member.role} />{' '}
        <strong>{t('inbox:sender.verified', { name: `\u2068${member.name}\u2069`, role })}</strong>
      </p>
    );
  }
  return (
    <div class="sender unverified stack">
      <p><strong>{t('inbox:sender.notVerified', { name: `\u2068${from.name}\u2069`, role })}</strong></p>
      <p class="hint">{t('inbox:sender.checkWords')}</p>
      <FingerprintWords id={`words-${record.id}`} words={record.fingerprint} />
    </div>
  );
}

function childName(id: string | undefined): string {
  const c = id ? recordStore.child(id) : undefined;
  return c ? c.preferredName ?? c.name : '';
}

function InboxCard({ item, onChanged }: { item: InboxItem; onChanged: () => void }) {
  const { record } = item;
  const c = record.contribution;
  const children: StoredChild[] = recordStore.children();
  const [childId, setChildId] = useState<string>(item.childMatches.length === 1 ? item.childMatches[0]!.id : '');
  const [medicine, setMedicine] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [words, setWords] = useState(record.annotation?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const lang = currentLanguage.value?.code ?? 'en';
  const idBase = `ib-${record.id.slice(-16)}`;
  const unknownMedicine = record.state === 'new' && childId !== '' && !knowsMedicine(c, childId);

  const run = async (action: () => Promise<{ ok: boolean; error?: string }>, done: string) => {
    if (busy) return;
    setBusy(true);
    const r = await action();
    setBusy(false);
    if (!r.ok) return setError(inboxErrorText(r.error ?? 'unexpected'));
    setError(undefined);
    announcement.value = done;
    onChanged();
  };
  const accept = () => {
    if (!childId) return setError(t('inbox:error.choose-child'));
    if (unknownMedicine && !medicine) return setError(t('inbox:error.medicine-missing'));
    return run(async () => {
      // The parent's words typed before accepting go with the note into the record.
      if (words.trim() !== (record.annotation?.text ?? '')) {
        const noted = await annotateContribution(record.id, words, lang);
        if (!noted.ok) return noted;
      }
      return acceptContribution(record.id, { childId, ...(medicine ? { medicine } : {}), confirmUnverified: confirmed });
    }, t('inbox:accepted', { name: childName(childId) }));
  };

  return (
    <li class={`card stack inbox-item state-${record.state}`} id={`inbox-${record.id}`} tabIndex={-1} aria-labelledby={`${idBase}-h`}>
      <ContributionView c={c} headingId={`${idBase}-h`} />
      <Sender item={item} />
      {c.from.organisation && <p class="hint"><bdi>{c.from.organisation}</bdi></p>}
      <p class="hint">{t('inbox:receivedAt', { when: formatDateTime(record.receivedAt) })}</p>
      {record.state === 'new' && (
        <>
          {c.child && item.childMatches.length !== 1 && (
            <p class="notice">{t('inbox:child.unmatched', { name: `\u2068${c.child.name}\u2069`, date: formatDate(c.child.dob) })}</p>
          )}
          {(item.childMatches.length !== 1 || children.length > 1) && (
            <Field id={`${idBase}-child`} label={t('inbox:child.label')}>
              <select {...described(`${idBase}-child`, undefined)} value={childId} onChange={(e) => { setChildId((e.target as HTMLSelectElement).value); setMedicine(''); }}>
                <option value="">{t('inbox:child.choose')}</option>
                {children.map((ch) => <option key={ch.id} value={ch.id}>{ch.preferredName ?? ch.name}</option>)}
              </select>
            </Field>
          )}
          {unknownMedicine && c.kind === 'medication' && (
            <fieldset class="stack">
              <legend>{t('inbox:medicine.unknown', { name: `\u2068${c.name}\u2069` })}</legend>
              {medicinesOf(childId).map((m) => (
                <label key={m.id} class="choice">
                  <input type="radio" name={`${idBase}-med`} value={m.id} checked={medicine === m.id} onChange={() => setMedicine(m.id)} />
                  <span>{t('inbox:medicine.sameAs', { name: `\u2068${m.name}\u2069` })}</span>
                </label>
              ))}
              <label class="choice">
                <input type="radio" name={`${idBase}-med`} value="new" checked={medicine === 'new'} onChange={() => setMedicine('new')} />
                <span>{t('inbox:medicine.addNew')}</span>
              </label>
              <p class="hint">{t('inbox:medicine.orDecline')}</p>
            </fieldset>
          )}
          {!item.member && (
            <label class="choice">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.target as HTMLInputElement).checked)} />
              <span>{t('inbox:sender.confirm')}</span>
            </label>
          )}
        </>
      )}
      {record.state === 'accepted' && <p class="notice">{t('inbox:state.accepted', { name: childName(record.childId), date: formatDateTime(record.decidedAt ?? record.receivedAt) })}</p>}
      {record.state === 'declined' && <p class="notice">{t('inbox:state.declined', { date: formatDateTime(record.decidedAt ?? record.receivedAt) })}</p>}
      {record.state !== 'declined' && (
        <Field id={`${idBase}-words`} label={t('inbox:annotate.label')} hint={t('inbox:annotate.hint')}>
          <textarea {...described(`${idBase}-words`, undefined, true)} rows={2} dir="auto" value={words} onInput={(e) => setWords((e.target as HTMLTextAreaElement).value)} />
        </Field>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        {record.state === 'new' && <>
          <button type="button" class="button primary" disabled={busy || (!item.member && !confirmed)} onClick={() => void accept()}>{t('inbox:accept')}</button>
          <button type="button" class="button" disabled={busy} onClick={() => void run(() => declineContribution(record.id), t('inbox:state.declinedShort'))}>{t('inbox:decline')}</button>
        </>}
        {record.state === 'accepted' && (
          <button type="button" class="button" disabled={busy || words.trim() === (record.annotation?.text ?? '')}
            onClick={() => void run(() => annotateContribution(record.id, words, lang), t('inbox:annotate.saved'))}>
            {t('inbox:annotate.save')}
          </button>
        )}
        {record.state === 'accepted' && record.childId && <a class="button" href={`/child/${record.childId}`}>{t('inbox:openRecord', { name: childName(record.childId) })}</a>}
      </div>
    </li>
  );
}
