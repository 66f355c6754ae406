import { useState } from 'preact/hooks';
import { setChildPhoto, type StoredChild } from '../../app/family';
import { t } from '../state/language';
import { ChildAvatar } from './ChildAvatar';
import { ageText, prematureText } from './age-text';
import { photoErrorText } from './photo-errors';

/** One child of the family: tapping anywhere on the card opens their record. */
export function ChildCard({ child }: { child: StoredChild }) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const name = child.preferredName ?? child.name;
  const early = prematureText(child);
  const pick = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    const saved = await setChildPhoto(child.id, file);
    setBusy(false);
    setError(saved.ok ? undefined : photoErrorText(saved.error));
  };
  const inputId = `photo-${child.id}`;
  return (
    <article class="child-card" style={{ '--child-colour': child.colour }} aria-labelledby={`child-${child.id}`}>
      <ChildAvatar child={child} />
      <div class="child-card-text">
        <h2 id={`child-${child.id}`}>
          <a class="child-card-link" href={`/child/${child.id}/timeline`} dir="auto">{name}</a>
        </h2>
        <p>{ageText(child)}</p>
        {early && <p class="hint">{early}</p>}
      </div>
      <div class="child-card-photo">
        <input id={inputId} type="file" accept="image/*" class="visually-hidden" onChange={(e) => void pick(e)} disabled={busy} />
        <label for={inputId} class="button small">
          {t(child.photo ? 'family:child.changePhoto' : 'family:child.addPhoto', { name })}
        </label>
      </div>
      {busy && <p class="child-card-status" role="status">{t('family:child.savingPhoto')}</p>}
      {error && <p class="form-error child-card-status" role="alert">{error}</p>}
    </article>
  );
}
