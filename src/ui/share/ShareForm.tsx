import { useMemo, useState } from 'preact/hooks';
import type { StoredChild } from '../../app/record-store';
import { SHARE_LIFETIMES, sensitiveChoices, type ShareKind, type ShareRequest } from '../../app/share-out';
import type { HealthDetail } from '../../app/share-summary';
import type { TeamMember } from '../../app/team';
import type { ShareableEntry, ShareableSection } from '../../domain/index';
import { t } from '../state/language';
import { durationLabel, shareSummary } from './summary';

// The same list and order as the domain's shareable sections; private notes are not offered.
const SECTIONS: readonly ShareableSection[] = ['about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments'];
const OPEN = 'open';

interface Props {
  child: StoredChild;
  team: TeamMember[];
  /** Returns a translated error, or undefined once the code is made. */
  onCreate: (request: ShareRequest) => Promise<string | undefined>;
}

/** A short, readable label for a sensitive entry: its own words where it has some. */
function entryGist(entry: ShareableEntry): { text: string; lang?: string } {
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

export function ShareForm({ child, team, onCreate }: Props) {
  const [who, setWho] = useState<string>(team.find((m) => m.boxKey)?.id ?? OPEN);
  const [sections, setSections] = useState<ShareableSection[]>(['about-me', 'health']);
  const [ticked, setTicked] = useState<string[]>([]);
  const member = team.find((m) => m.id === who);
  const kind: ShareKind = member?.boxKey ? 'addressed' : 'open';
  const [durations, setDurations] = useState<Record<ShareKind, number>>({ addressed: SHARE_LIFETIMES.addressed.defaultMs, open: SHARE_LIFETIMES.open.defaultMs });
  const [passcode, setPasscode] = useState('');
  const [healthDetail, setHealthDetail] = useState<HealthDetail>('summary');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const sensitive = useMemo(() => sensitiveChoices(child.id, sections), [child.id, sections]);

  const toggle = (s: ShareableSection, on: boolean) =>
    setSections((now) => SECTIONS.filter((x) => (x === s ? on : now.includes(x))));
  const tick = (id: string, on: boolean) => setTicked((now) => (on ? [...now, id] : now.filter((x) => x !== id)));
  const durationMs = durations[kind];

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const target: ShareRequest['target'] = kind === 'addressed' && member
      ? { kind: 'addressed', member }
      : { kind: 'open', ...(passcode.trim() ? { passcode } : {}), ...(member ? { member } : {}) };
    const includeSensitiveIds = ticked.filter((id) => sensitive.some((s) => s.id === id));
    const request: ShareRequest = { childId: child.id, sections, includeSensitiveIds, target, durationMs };
    // The choice only means something while Health is chosen; otherwise the default stands.
    if (sections.includes('health')) request.healthDetail = healthDetail;
    const failed = await onCreate(request);
    setBusy(false);
    setError(failed); // on failure every choice stays as it was
  };

  const tickedNow = ticked.filter((id) => sensitive.some((s) => s.id === id)).length;
  const summary = sections.length > 0
    ? shareSummary(kind === 'addressed' ? member?.name : undefined, sections, Date.now() + durationMs, tickedNow)
    : undefined;
  return (
    <form class="stack" onSubmit={submit} noValidate aria-describedby="share-summary">
      <p class="lead">{t('sharing:share.about', { name: child.name })}</p>
      <fieldset class="card stack">
        <legend>{t('sharing:share.whoLegend')}</legend>
        <div class="choice-list">
          {team.map((m) => (
            <label key={m.id} class={who === m.id ? 'choice selected' : 'choice'}>
              <input type="radio" name="who" value={m.id} checked={who === m.id} onChange={() => setWho(m.id)} />
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
        <div class="field">
          <label for="share-passcode">{t('sharing:share.passcode')}</label>
          <input id="share-passcode" value={passcode} inputMode="numeric" autoComplete="off" maxLength={32} aria-describedby="share-passcode-hint"
            onInput={(e) => setPasscode((e.target as HTMLInputElement).value)} />
          <p id="share-passcode-hint" class="hint">{t('sharing:share.passcodeHint')}</p>
        </div>
      )}
      <p id="share-summary" class="share-summary" aria-live="polite">{summary ?? t('sharing:share.pickSection')}</p>
      {error && <p class="form-error" role="alert">{error}</p>}
      <button type="submit" class="button primary" disabled={busy || sections.length === 0}>{t('sharing:share.make')}</button>
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
