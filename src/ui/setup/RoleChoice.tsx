import type { VaultRole } from '../../app';
import { t } from '../state/language';
import { Bi } from '../kit/Bi';

export function RoleChoice({ value, onChange, onContinue }: { value: VaultRole; onChange: (r: VaultRole) => void; onContinue: () => void }) {
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        onContinue();
      }}
    >
      <fieldset class="choice-list">
        <legend class="visually-hidden">{t('secure:setup.title.role')}</legend>
        {(['parent', 'professional'] as const).map((role) => (
          <label key={role} class={`choice${value === role ? ' selected' : ''}`}>
            <input type="radio" name="role" value={role} checked={value === role} onChange={() => onChange(role)} />
            <span>
              <strong><Bi k={`secure:role.${role}`} /></strong>
              <span class="hint"><Bi k={`secure:role.${role}Hint`} /></span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button primary"><Bi k="language.continue" /></button>
    </form>
  );
}
