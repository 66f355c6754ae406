// `/write/:id`: the professional writes back to the family of a share they received (or of its
// log line, after the share itself has expired). Quick on a phone: pick what it is, fill two or
// three fields, show the code. The family scans it into their inbox; nothing goes anywhere else.
import { useEffect, useState } from 'preact/hooks';
import { deviceToday } from '../../app/clock';
import {
  emptyContributionDraft, makeContribution, sentContributions, writeBackTarget,
  type ContributionDraft, type MadeContribution, type SentContributionRecord, type WriteBackTarget,
} from '../../app/contribute';
import { catalogueByBand } from '../../app/milestones';
import { ASSESSMENT_RESULTS, DEVELOPMENT_AREAS, MEDICATION_CHANGES, MILESTONE_STATUSES, SERVICE_TYPES } from '../../domain/index';
import { CONTRIBUTION_KINDS, SUPPORT_CHANGES } from '../../domain/contribution/index';
import { described, Field, inputValue } from '../kit/Field';
import { saveOrShareFile } from '../kit/download';
import { formatDate, formatDateTime } from '../kit/format';
import { codeLabel } from '../received/format';
import { QrDisplay } from '../share/QrDisplay';
import { errorText } from '../state/errors';
import { announcement, currentLanguage, t, useNamespace } from '../state/language';
import { ContributionView, kindLabel } from './ContributionView';
import './inbox.css';
import { LoadingScreen } from '../kit/WithNamespace';
import { WrittenInField } from '../kit/WrittenIn';

/** A field's error in words: the form's own messages first, then the record's. */
function fieldError(error: string | undefined): string | undefined {
  if (!error) return undefined;
  const own = `inbox:error.${error}`;
  const key = ['required', 'text-too-long', 'date-in-future', 'date-before-birth', 'measure-not-number', 'measure-out-of-range', 'measure-needed'];
  return key.includes(error) ? t(own) : errorText(error);
}

export function WriteBackScreen({ params }: { params?: { id?: string } }) {
  const ready = [useNamespace('inbox'), useNamespace('receive')].every(Boolean);
  const id = params?.id ?? '';
  const [target, setTarget] = useState<WriteBackTarget | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [made, setMade] = useState<MadeContribution | undefined>();
  const [sent, setSent] = useState<SentContributionRecord[]>([]);

  useEffect(() => {
    void writeBackTarget(id).then((r) => (r.ok ? setTarget(r.value) : setProblem(r.error)));
  }, [id]);
  useEffect(() => {
    void sentContributions(id).then((r) => r.ok && setSent(r.value));
  }, [id, made]);

  if (!ready) return <LoadingScreen />;
  if (problem || !target) {
    return (
      <section class="screen stack" aria-labelledby="write-title">
        <h1 id="write-title">{t('inbox:write.titlePlain')}</h1>
        {problem ? <p class="form-error" role="alert">{problem === 'no-reply-key' ? t('inbox:write.noReplyKey') : errorText(problem)}</p>
          : <p role="status">{t('common:loading')}</p>}
        <a class="button" href="/received">{t('receive:view.backToList')}</a>
      </section>
    );
  }
  return (
    <section class="screen stack" aria-labelledby="write-title" data-ready>
      <h1 id="write-title">{t('inbox:write.title', { name: `\u2068${target.childName}\u2069` })}</h1>
      {made
        ? <Made made={made} target={target} onAnother={() => setMade(undefined)} />
        : <WriteForm target={target} onMade={(m) => { setMade(m); announcement.value = t('inbox:made.title'); }} />}
      {sent.length > 0 && (
        <section class="stack" aria-labelledby="sent-title">
          <h2 id="sent-title">{t('inbox:write.sentTitle')}</h2>
          <ul class="entries">
            {sent.map((s, i) => (
              <li key={s.id} class="card">
                <ContributionView c={s.contribution} headingId={`sent-${i}`} />
                <p class="hint">{t('inbox:write.sentAt', { when: formatDateTime(s.sentAt) })}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <a class="button" href={target.id.startsWith('rs-') ? `/received/${target.id}` : '/received'}>{t('inbox:write.back')}</a>
    </section>
  );
}

function WriteForm({ target, onMade }: { target: WriteBackTarget; onMade: (m: MadeContribution) => void }) {
  const today = deviceToday();
  const [draft, setDraft] = useState<ContributionDraft>(() => emptyContributionDraft('visit-note', today));
  const [error, setError] = useState<{ error: string; field?: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof ContributionDraft) => (e: Event) => setDraft({ ...draft, [key]: inputValue(e) });
  const err = (field: string) => (error?.field === field ? fieldError(error.error) : undefined);
  const lang = currentLanguage.value?.code ?? 'en';

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await makeContribution(target, draft, lang);
    setBusy(false);
    if (!result.ok) {
      setError(result.field ? { error: result.error, field: result.field } : { error: result.error });
      // Focus the field with the problem, so a screen reader and a thumb both land on it.
      if (result.field) document.getElementById(`cw-${result.field}`)?.focus();
      return;
    }
    setError(undefined);
    onMade(result.value);
  };

  const text = (field: keyof ContributionDraft, label: string, props: Record<string, unknown> = {}) => (
    <Field id={`cw-${field}`} label={label} error={err(field)}>
      <input {...described(`cw-${field}`, err(field))} value={draft[field]} onInput={set(field)} dir="auto" {...props} />
    </Field>
  );
  const select = (field: keyof ContributionDraft, label: string, options: { value: string; label: string }[], withEmpty = true) => (
    <Field id={`cw-${field}`} label={label} error={err(field)}>
      <select {...described(`cw-${field}`, err(field))} value={draft[field]} onChange={set(field)}>
        {withEmpty && <option value="">{t('inbox:write.choose')}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
  const needsText = draft.kind === 'visit-note' || draft.kind === 'assessment';

  return (
    <form class="stack card" onSubmit={(e) => void submit(e)} noValidate>
      <p class="hint">{t('inbox:write.intro')}</p>
      <fieldset class="kind-choice">
        <legend>{t('inbox:write.kindLegend')}</legend>
        {CONTRIBUTION_KINDS.map((k) => (
          <label key={k} class={`kind-option${draft.kind === k ? ' chosen' : ''}`}>
            <input type="radio" name="cw-kind" value={k} checked={draft.kind === k}
              onChange={() => { setDraft({ ...emptyContributionDraft(k, today), date: draft.date, text: draft.text }); setError(undefined); }} />
            <span>{kindLabel(k)}</span>
          </label>
        ))}
      </fieldset>
      {text('date', t('inbox:write.date'), { type: 'date', max: today, min: target.childDob })}
      {draft.kind === 'assessment' && <>
        {text('title', t('inbox:write.assessed'))}
        {select('result', t('inbox:write.result'), ASSESSMENT_RESULTS.map((r) => ({ value: r, label: t(`record:assessmentResult.${r}`) })))}
      </>}
      {draft.kind === 'support' && <>
        {select('supportChange', t('inbox:write.supportChange'), SUPPORT_CHANGES.map((c) => ({ value: c, label: t(`inbox:write.supportChangeOption.${c}`) })), false)}
        {select('serviceType', t('inbox:write.service'), SERVICE_TYPES.map((s) => ({ value: s, label: codeLabel('code.serviceType', s) })))}
        {text('title', draft.supportChange === 'referral' ? t('inbox:write.referredTo') : t('inbox:write.planName'))}
      </>}
      {draft.kind === 'medication' && <>
        {text('medicine', t('inbox:write.medicine'), { autocomplete: 'off' })}
        {select('medicineChange', t('inbox:write.medicineChange'), MEDICATION_CHANGES.map((c) => ({ value: c, label: codeLabel('medicationChange', c) })), false)}
        {draft.medicineChange !== 'stopped' && <>
          {text('dose', t('inbox:write.dose'))}
          {text('frequency', t('inbox:write.frequency'))}
        </>}
      </>}
      {draft.kind === 'milestone' && <>
        <Field id="cw-milestone" label={t('inbox:write.milestone')} error={err('milestone')}>
          <select {...described('cw-milestone', err('milestone'))} value={draft.milestone} onChange={set('milestone')}>
            <option value="">{t('inbox:write.choose')}</option>
            {DEVELOPMENT_AREAS.flatMap((area) => catalogueByBand(area).map((g) => (
              <optgroup key={`${area}-${g.band.code}`} label={`${t(`record:area.${area}`)}: ${t(`record:band.${g.band.code}`)}`}>
                {g.items.map((m) => <option key={m.code} value={m.code}>{t(`record:${m.labelKey}`)}</option>)}
              </optgroup>
            )))}
          </select>
        </Field>
        {select('status', t('inbox:write.status'), MILESTONE_STATUSES.map((s) => ({ value: s, label: codeLabel('milestoneStatus', s) })), false)}
      </>}
      {draft.kind === 'growth' && <>
        {text('weightKg', t('inbox:write.weightKg'), { inputMode: 'decimal' })}
        {text('heightCm', t('inbox:write.heightCm'), { inputMode: 'decimal' })}
        {text('headCm', t('inbox:write.headCm'), { inputMode: 'decimal' })}
      </>}
      <Field id="cw-text" label={needsText ? t('inbox:write.words') : t('inbox:write.wordsOptional')} error={err('text')}>
        <textarea {...described('cw-text', err('text'))} rows={draft.kind === 'visit-note' ? 6 : 3} value={draft.text} onInput={set('text')} dir="auto" lang={draft.writtenIn || undefined} />
      </Field>
      <WrittenInField id="cw-written-in" value={draft.writtenIn ?? ''} text={draft.text} appLang={lang} onChange={(writtenIn) => setDraft({ ...draft, writtenIn })} />
      <p class="hint">{t('inbox:write.forFamily', { date: formatDate(target.childDob) })}</p>
      {error && !error.field && <p class="form-error" role="alert">{error.error === 'profile-incomplete' ? t('inbox:write.profileNeeded') : errorText(error.error)}</p>}
      {error?.error === 'profile-incomplete' && <a href="/contact">{t('inbox:write.profileLink')}</a>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>{t('inbox:write.make')}</button>
      </div>
    </form>
  );
}

function Made({ made, target, onAnother }: { made: MadeContribution; target: WriteBackTarget; onAnother: () => void }) {
  const [fileState, setFileState] = useState<'saved' | 'failed' | undefined>();
  const save = async () => {
    const outcome = await saveOrShareFile(made.envelope, made.fileName, t('inbox:made.fileTitle'));
    if (outcome !== 'cancelled') setFileState(outcome);
  };
  return (
    <div class="stack">
      <div class="card stack">
        <h2>{t('inbox:made.title')}</h2>
        <ContributionView c={made.contribution} headingId="made-view" />
      </div>
      <p>{t('inbox:made.show')}</p>
      <QrDisplay message={made.envelope} label={t('inbox:made.qrLabel', { name: target.childName })} />
      <p class="hint">{t('inbox:made.until', { date: formatDateTime(made.expiresAt) })}</p>
      {fileState === 'saved' && <p role="status">{t('inbox:made.fileSaved')}</p>}
      {fileState === 'failed' && <p class="form-error" role="alert">{t('sharing:error.file-failed')}</p>}
      <div class="actions">
        <button type="button" class="button" onClick={() => void save()}>{t('inbox:made.saveFile')}</button>
        <button type="button" class="button primary" onClick={onAnother}>{t('inbox:made.another')}</button>
      </div>
    </div>
  );
}
