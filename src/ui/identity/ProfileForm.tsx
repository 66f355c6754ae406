import { useState } from 'preact/hooks';
import { saveProfile, type Profile } from '../../app/identity';
import { PROFESSIONAL_ROLES, roleLabelKey } from '../../app/team';
import { sharingErrorText } from '../share/messages';
import { t } from '../state/language';

/** Name, role, organisation and service: what a parent sees when they add this professional. */
export function ProfileForm({ profile, onSaved, onCancel }: { profile: Profile; onSaved: (p: Profile) => void; onCancel?: () => void }) {
  const [name, setName] = useState(profile.name);
  const [role, setRole] = useState(profile.role === 'parent' ? '' : profile.role);
  const [organisation, setOrganisation] = useState(profile.organisation ?? '');
  const [service, setService] = useState(profile.service ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const value = (e: Event) => (e.target as HTMLInputElement).value;

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const saved = await saveProfile({ name, role, organisation, service });
    setSaving(false);
    if (!saved.ok) return setError(sharingErrorText(saved.error)); // the form keeps what was typed
    setError(undefined);
    onSaved(saved.value);
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="profile-title" noValidate>
      <h2 id="profile-title">{t('sharing:profile.title')}</h2>
      <p class="hint">{t('sharing:profile.intro')}</p>
      <div class="field">
        <label for="profile-name">{t('sharing:profile.name')}</label>
        <input id="profile-name" value={name} dir="auto" maxLength={120} autoComplete="name" onInput={(e) => setName(value(e))} />
      </div>
      <div class="field">
        <label for="profile-role">{t('sharing:profile.role')}</label>
        <select id="profile-role" value={role} onChange={(e) => setRole(value(e))}>
          <option value="">{t('sharing:profile.rolePick')}</option>
          {PROFESSIONAL_ROLES.map((r) => <option key={r} value={r}>{t(roleLabelKey(r))}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="profile-organisation">{t('sharing:profile.organisation')}</label>
        <input id="profile-organisation" value={organisation} dir="auto" maxLength={120} autoComplete="organization"
          onInput={(e) => setOrganisation(value(e))} />
      </div>
      <div class="field">
        <label for="profile-service">{t('sharing:profile.service')}</label>
        <input id="profile-service" value={service} dir="auto" maxLength={120} onInput={(e) => setService(value(e))} />
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving}>{t('sharing:profile.save')}</button>
        {onCancel && <button type="button" class="button" onClick={onCancel}>{t('sharing:cancel')}</button>}
      </div>
    </form>
  );
}
