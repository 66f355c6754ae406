import { useState } from 'preact/hooks';
import { addByHand, PROFESSIONAL_ROLES, roleLabelKey, type TeamMember } from '../../app/team';
import { sharingErrorText } from '../share/messages';
import { t } from '../state/language';

/** Someone typed in by hand: no keys, so shown as not verified and sent open shares only. */
export function AddByHand({ onAdded, onCancel }: { onAdded: (m: TeamMember) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const submit = async (e: Event) => {
    e.preventDefault();
    const added = await addByHand({ name, role, organisation });
    if (!added.ok) return setError(sharingErrorText(added.error));
    onAdded(added.value);
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="by-hand-title" noValidate>
      <h2 id="by-hand-title">{t('sharing:team.byHandTitle')}</h2>
      <p class="warning">{t('sharing:team.byHandWarning')}</p>
      <div class="field">
        <label for="member-name">{t('sharing:team.name')}</label>
        <input id="member-name" value={name} dir="auto" maxLength={120} autoComplete="off" onInput={(e) => setName(value(e))} />
      </div>
      <div class="field">
        <label for="member-role">{t('sharing:team.role')}</label>
        <select id="member-role" value={role} onChange={(e) => setRole(value(e))}>
          <option value="">{t('sharing:profile.rolePick')}</option>
          {PROFESSIONAL_ROLES.map((r) => <option key={r} value={r}>{t(roleLabelKey(r))}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="member-organisation">{t('sharing:team.organisation')}</label>
        <input id="member-organisation" value={organisation} dir="auto" maxLength={120} autoComplete="off"
          onInput={(e) => setOrganisation(value(e))} />
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary">{t('sharing:team.save')}</button>
        <button type="button" class="button" onClick={onCancel}>{t('sharing:cancel')}</button>
      </div>
    </form>
  );
}
