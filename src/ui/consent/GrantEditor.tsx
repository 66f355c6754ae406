import { useState } from 'preact/hooks';
import { deviceToday, endOfDeviceDay } from '../../app/clock';
import { setGrant, type GrantChange, type MemberGrant } from '../../app/consent';
import { SHAREABLE_SECTIONS, type ShareableSection } from '../../domain/index';
import { described, Field, inputValue } from '../kit/Field';
import { formatList } from '../kit/format';
import { SectionIcon } from '../kit/RoleIcon';
import { sharingErrorText } from '../share/messages';
import { t } from '../state/language';
import { Bi } from '../kit/Bi';

const PRESETS: readonly { key: string; sections: readonly ShareableSection[] }[] = [
  { key: 'presetAll', sections: SHAREABLE_SECTIONS },
  { key: 'presetNoHealth', sections: SHAREABLE_SECTIONS.filter((s) => s !== 'health') },
  { key: 'presetAboutMe', sections: ['about-me'] },
  { key: 'presetDevelopment', sections: ['dev-communication', 'dev-physical', 'dev-pse'] },
  { key: 'presetNothing', sections: [] },
];


export const sectionNames = (sections: readonly ShareableSection[]) =>
  formatList(sections.map((s) => t(`record:section.${s}`)));

interface Props {
  childId: string;
  childName: string;
  row: MemberGrant;
  onSaved: (change: GrantChange, message: string) => void;
  onCancel: () => void;
}

/** What one person may see of one child: sections, quick choices, an optional last day and why. */
export function GrantEditor({ childId, childName, row, onSaved, onCancel }: Props) {
  const { member, grant } = row;
  const [sections, setSections] = useState<ShareableSection[]>(grant?.sections ?? []);
  const [until, setUntil] = useState(grant?.until ? deviceToday(Date.parse(grant.until)) : '');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [untilError, setUntilError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `grant-${member.id}`;

  const toggle = (s: ShareableSection, on: boolean) => setSections((now) => SHAREABLE_SECTIONS.filter((x) => (x === s ? on : now.includes(x))));

  const save = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (until !== '' && until < deviceToday()) return setUntilError(t('consent:editor.untilPast'));
    setUntilError(undefined);
    setBusy(true);
    const had = grant?.sections ?? [];
    const done = await setGrant(childId, member.id, { sections, ...(until ? { until: endOfDeviceDay(until) } : {}), purpose });
    setBusy(false);
    if (!done.ok) return setError(sharingErrorText(done.error));
    const gone = had.filter((s) => !sections.includes(s));
    const message = done.value === 'granted'
      ? t('consent:editor.granted', { name: member.name, sections: sectionNames(sections) })
      : done.value === 'revoked'
        ? sections.length === 0
          ? t('consent:editor.revokedAll', { name: member.name, child: childName })
          : t('consent:editor.revoked', { name: member.name, sections: sectionNames(gone) })
        : t('consent:editor.unchanged');
    onSaved(done.value, message);
  };

  return (
    <form class="card stack grant-editor" onSubmit={save} noValidate>
      <fieldset class="stack">
        <legend><Bi k="consent:editor.legend" values={{ name: member.name, child: childName }} /></legend>
        <div class="actions presets" role="group" aria-label={t('consent:editor.presets')}>
          {PRESETS.map((p) => (
            <button key={p.key} type="button" class="button small" onClick={() => setSections([...p.sections])}
              aria-pressed={sections.length === p.sections.length && p.sections.every((s) => sections.includes(s))}>
              <Bi k={`consent:editor.${p.key}`} />
            </button>
          ))}
        </div>
        <div class="choice-list">
          {SHAREABLE_SECTIONS.map((s) => (
            <label key={s} class={sections.includes(s) ? 'choice selected' : 'choice'}>
              <input type="checkbox" name={`${id}-section`} value={s} checked={sections.includes(s)}
                onChange={(e) => toggle(s, (e.target as HTMLInputElement).checked)} />
              <SectionIcon section={s} />
              <span><Bi k={`record:section.${s}`} /></span>
            </label>
          ))}
        </div>
        <p class="hint"><Bi k="consent:editor.privateNever" /></p>
      </fieldset>
      {sections.length > 0 && (
        <>
          <Field id={`${id}-until`} label={t('consent:editor.until')} hint={t('consent:editor.untilHint')} error={untilError}>
            <input type="date" value={until} min={deviceToday()} onInput={(e) => setUntil(inputValue(e))} {...described(`${id}-until`, untilError, true)} />
          </Field>
          <Field id={`${id}-purpose`} label={t('consent:editor.purpose')} hint={t('consent:editor.purposeHint')}>
            <input type="text" value={purpose} maxLength={200} onInput={(e) => setPurpose(inputValue(e))} dir="auto" {...described(`${id}-purpose`, undefined, true)} />
          </Field>
        </>
      )}
      {grant && sections.length < grant.sections.length && <p class="warning"><Bi k="consent:editor.honest" /></p>}
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}><Bi k="consent:editor.save" /></button>
        <button type="button" class="button" onClick={onCancel}>{t('sharing:cancel')}</button>
      </div>
    </form>
  );
}
