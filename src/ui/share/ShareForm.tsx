import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StoredChild } from '../../app/record-store';
import { newSharePasscode, SHARE_LIFETIMES, sensitiveChoices, type ShareKind, type ShareRequest } from '../../app/share-out';
import type { HealthDetail } from '../../app/share-summary';
import type { TeamMember } from '../../app/team';
import { decideShare, type EntryId, type ShareableEntry, type ShareableSection, type ShareDecision } from '../../domain/index';
import { currentLanguage, t } from '../state/language';
import { formatList } from '../kit/format';
import { described, Field, inputValue } from '../kit/Field';
import { durationLabel, shareSummary } from './summary';
import { BiSentence } from '../kit/Bi';
import { RoleIcon, SectionIcon } from '../kit/RoleIcon';
import { ReadAloud } from '../kit/ReadAloud';

// The same list and order as the domain's shareable sections; private notes are not offered.
const SECTIONS: readonly ShareableSection[] = ['about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments'];
const OPEN = 'open';

interface Props {
  child: StoredChild;
  team: TeamMember[];
  /** What each member may see of this child now (member id → sections): decides whether to ask. */
  granted: ReadonlyMap<string, readonly ShareableSection[]>;
  /** Returns a translated error, or undefined once the code is made. */
  onCreate: (request: ShareRequest) => Promise<string | undefined>;
}

/** A short, readable label for a sensitive entry: its own words where it has some. */
export function entryGist(entry: ShareableEntry): { text: string; lang?: string } {
  const e = entry as unknown as Record<string, unknown>;
  for (const key of ['name', 'text', 'detail', 'outcome', 'note', 'who']) {
    const v = e[key];
    if (typeof v === 'string' && v) return { text: v };
    if (v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') {
      const local = v as { text: string; lang: string };
      return { text: local.text.length > 80 ? `${local.text.slice(0, 80)}…` : local.text, lang: local.lang };
    }
  }
  return { text: t('sharing:share.sensitiveEntry') };
}

export function ShareForm({ child, team, granted, onCreate }: Props) {
  const [who, setWho] = useState<string>(team.find((m) => m.boxKey)?.id ?? OPEN);
  const [sections, setSections] = useState<ShareableSection[]>(['about-me', 'health']);
  const [ticked, setTicked] = useState<string[]>([]);
  const member = team.find((m) => m.id === who);
  const kind: ShareKind = member?.boxKey ? 'addressed' : 'open';
  const [durations, setDurations] = useState<Record<ShareKind, number>>({ addressed: SHARE_LIFETIMES.addressed.defaultMs, open: SHARE_LIFETIMES.open.defaultMs });
  const [protect, setProtect] = useState(true);
  const [purpose, setPurpose] = useState('');
  const [asking, setAsking] = useState<ShareDecision | undefined>();
  const [healthDetail, setHealthDetail] = useState<HealthDetail>('summary');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const sensitive = useMemo(() => sensitiveChoices(child.id, sections), [child.id, sections]);

  // A changed choice is a new question: the parent is asked again about what it now carries.
  useEffect(() => setAsking(undefined), [who, sections, ticked, protect]);

  const toggle = (s: ShareableSection, on: boolean) =>
    setSections((now) => SECTIONS.filter((x) => (x === s ? on : now.includes(x))));
  const tick = (id: string, on: boolean) => setTicked((now) => (on ? [...now, id] : now.filter((x) => x !== id)));
  const durationMs = durations[kind];

  const decide = (): ShareDecision => decideShare({
    recipient: member ? { inTeam: true, granted: granted.get(member.id) ?? [] } : { inTeam: false },
    sections, sensitiveIds: ticked.filter((id) => sensitive.some((s) => s.id === id)) as EntryId[],
  });

  const create = async (decision: ShareDecision) => {
    setBusy(true);
    const target: ShareRequest['target'] = kind === 'addressed' && member
      ? { kind: 'addressed', member }
      : { kind: 'open', ...(protect ? { passcode: newSharePasscode() } : {}), ...(member ? { member } : {}) };
    const includeSensitiveIds = ticked.filter((id) => sensitive.some((s) => s.id === id));
    const basis = decision.route.route === 'routine' ? 'routine' : 'case-by-case';
    const request: ShareRequest = { childId: child.id, sections, includeSensitiveIds, target, durationMs, basis };
    if (purpose.trim()) request.purpose = purpose;
    // The choice only means something while Health is chosen; otherwise the default stands.
    if (sections.includes('health')) request.healthDetail = healthDetail;
    const failed = await onCreate(request);
    setBusy(false);
    setAsking(undefined);
    setError(failed); // on failure every choice stays as it was
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const decision = decide();
    // Beyond the team, beyond a grant, or a sensitive entry: the parent decides this one share.
    if (decision.ask) return setAsking(decision);
    void create(decision);
  };
  const tickedNow = ticked.filter((id) => sensitive.some((s) => s.id === id)).length;
  const until = Date.now() + durationMs;
  const summaryLine = () => shareSummary(kind === 'addressed' ? member?.name : undefined, sections, until, tickedNow);
  const summary = sections.length > 0 ? summaryLine() : undefined;
  return (
    <form class="stack" onSubmit={submit} noValidate aria-describedby="share-summary">
      <p class="lead">{t('sharing:share.about', { name: child.name })}</p>
      <fieldset class="card stack">
        <legend>{t('sharing:share.whoLegend')}</legend>
        <div class="choice-list">
          {team.map((m) => (
            <label key={m.id} class={who === m.id ? 'choice selected' : 'choice'}>
              <input type="radio" name="who" value={m.id} checked={who === m.id} onChange={() => setWho(m.id)} />
              <RoleIcon role={m.role} />
              <span>
                <span dir="auto">{m.name}</span>
                {!m.boxKey && <span class="hint">{t('sharing:share.memberOpenOnly')}</span>}
              </span>
            </label>
          ))}
          <label class={who === OPEN ? 'choice selected' : 'choice'}>
            <input type="radio" name="who" value={OPEN} checked={who === OPEN} onChange={() => setWho(OPEN)} />
            <span>
              {t('sharing:share.someoneElse')}
              <span class="hint">{t('sharing:share.someoneElseHint')}</span>
            </span>
          </label>
        </div>
        {team.length === 0 && <p class="hint">{t('sharing:share.noTeam')} <a href="/team">{t('sharing:share.toTeam')}</a></p>}
      </fieldset>

      <fieldset class="card stack">
        <legend>{t('sharing:share.sectionsLegend')}</legend>
        <div class="choice-list">
          {SECTIONS.map((s) => (
            <label key={s} class={sections.includes(s) ? 'choice selected' : 'choice'}>
              <input type="checkbox" checked={sections.includes(s)} onChange={(e) => toggle(s, (e.target as HTMLInputElement).checked)} />
              <SectionIcon section={s} />
              <span>{t(`record:section.${s}`)}</span>
            </label>
          ))}
        </div>
        <p class="hint">{t('sharing:share.privateNever')}</p>
      </fieldset>

      {sections.includes('health') && <HealthDetailChoice value={healthDetail} onChange={setHealthDetail} />}

      {sensitive.length > 0 && (
        <fieldset class="card stack">
          <legend>{t('sharing:share.sensitiveLegend')}</legend>
          <p class="warning">{t('sharing:share.sensitiveWarning', { count: sensitive.length })}</p>
          {tickedNow > 0 && <p class="warning strong" role="status">{t('sharing:share.sensitiveTicked', { count: tickedNow })}</p>}
          <div class="choice-list">
            {sensitive.map((entry) => {
              const gist = entryGist(entry);
              return (
                <label key={entry.id} class={ticked.includes(entry.id) ? 'choice selected' : 'choice'}>
                  <input type="checkbox" checked={ticked.includes(entry.id)} onChange={(e) => tick(entry.id, (e.target as HTMLInputElement).checked)} />
                  <span lang={gist.lang} dir="auto">{gist.text}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}

      <div class="field">
        <label for="share-duration">{t('sharing:share.duration')}</label>
        <select id="share-duration" value={String(durationMs)}
          onChange={(e) => setDurations((d) => ({ ...d, [kind]: Number((e.target as HTMLSelectElement).value) }))}>
          {SHARE_LIFETIMES[kind].choices.map((ms) => <option key={ms} value={String(ms)}>{durationLabel(ms)}</option>)}
        </select>
      </div>
      {kind === 'open' && (
        <div class="card stack">
          <label class="choice">
            <input type="checkbox" checked={protect} onChange={(e) => setProtect((e.target as HTMLInputElement).checked)} />
            <span>{t('consent:passcode.protect')}<span class="hint">{t('consent:passcode.protectHint')}</span></span>
          </label>
          {!protect && <p class="warning">{t('consent:passcode.unprotected')}</p>}
        </div>
      )}
      <Field id="share-purpose" label={t('consent:editor.purpose')} hint={t('consent:editor.purposeHint')}>
        <input type="text" value={purpose} maxLength={200} dir="auto" onInput={(e) => setPurpose(inputValue(e))} {...described('share-purpose', undefined, true)} />
      </Field>
      <p id="share-summary" class="share-summary" aria-live="polite">{summary ? <BiSentence make={summaryLine} /> : t('sharing:share.pickSection')}</p>
      {summary && <ReadAloud text={summary} lang={currentLanguage.value?.code ?? 'en'} />}
      {error && <p class="form-error" role="alert">{error}</p>}
      {asking ? (
        <AskOnce decision={asking} name={member?.name} granted={member ? granted.get(member.id) ?? [] : []} busy={busy}
          onYes={() => void create(asking)} onNo={() => setAsking(undefined)} />
      ) : (
        <button type="submit" class="button primary" disabled={busy || sections.length === 0}>{t('sharing:share.make')}</button>
      )}
    </form>
  );
}

const HEALTH_CHOICES: readonly { value: HealthDetail; label: string; hint: string }[] = [
  { value: 'summary', label: 'sharing:share.healthSummary', hint: 'sharing:share.healthSummaryHint' },
  { value: 'full', label: 'sharing:share.healthFull', hint: 'sharing:share.healthFullHint' },
];

/** How much of the health section goes: the summary (the default, small) or the whole history. */
function HealthDetailChoice({ value, onChange }: { value: HealthDetail; onChange: (v: HealthDetail) => void }) {
  return (
    <fieldset class="card stack">
      <legend>{t('sharing:share.healthLegend')}</legend>
      <div class="choice-list">
        {HEALTH_CHOICES.map((c) => (
          <label key={c.value} class={value === c.value ? 'choice selected' : 'choice'}>
            <input type="radio" name="health-detail" value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
            <span>
              {t(c.label)}
              <span class="hint">{t(c.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface AskProps {
  decision: ShareDecision;
  name: string | undefined;
  granted: readonly ShareableSection[];
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}

/** The case-by-case question: what goes beyond the team or the grant, and the sensitive items, asked before the code appears. */
function AskOnce({ decision, name, granted, busy, onYes, onNo }: AskProps) {
  const route = decision.route;
  const names = (list: readonly ShareableSection[]) => formatList(list.map((s) => t(`record:section.${s}`)));
  let title: string | undefined;
  let text: string | undefined;
  if (route.route === 'case-by-case') {
    const who = name ?? '';
    if (route.why === 'beyond-team') {
      title = t('consent:ask.beyondTeamTitle');
      text = t('consent:ask.beyondTeam', { sections: names(route.sections) });
    } else if (route.why === 'no-grant') {
      title = t('consent:ask.noGrantTitle', { name: who });
      text = t('consent:ask.noGrant', { name: who, sections: names(route.sections) });
    } else {
      title = t('consent:ask.beyondGrantTitle', { name: who });
      text = t('consent:ask.beyondGrant', { name: who, granted: names(granted), sections: names(route.sections) });
    }
  }
  return (
    <div class="card stack ask-once" role="group" aria-labelledby="ask-once-title">
      <h2 id="ask-once-title">{title ?? t('sharing:share.sensitiveLegend')}</h2>
      {text && <p>{text}</p>}
      {decision.itemByItem.length > 0 && <p class="warning strong">{t('consent:ask.sensitive', { count: decision.itemByItem.length })}</p>}
      {route.route === 'case-by-case' && <p class="hint">{t('consent:ask.logged')}</p>}
      <div class="actions">
        <button type="button" class="button primary" disabled={busy} onClick={onYes}>{t('consent:ask.yes')}</button>
        <button type="button" class="button" onClick={onNo}>{t('consent:ask.no')}</button>
      </div>
    </div>
  );
}
