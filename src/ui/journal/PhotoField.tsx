// Photos on an observation: camera (in-app or the phone's own) or gallery, each one checked,
// shrunk and encrypted before it is attached.
import { useState } from 'preact/hooks';
import { MAX_PHOTOS_PER_OBSERVATION, type BlobId } from '../../app/journal';
import { addPhoto, deletePhotos } from '../../app/photos';
import { announcement, t } from '../state/language';
import { CameraCapture, cameraAvailable } from './CameraCapture';
import { PhotoThumb } from '../kit/PhotoThumb';
import { journalError } from './shared';

interface Props {
  idPrefix: string;
  photos: BlobId[];
  /** Photos the saved entry already has: removing one here only takes effect on save. */
  original: readonly BlobId[];
  onChange: (photos: BlobId[]) => void;
}

export function PhotoField({ idPrefix, photos, original, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [camera, setCamera] = useState(false);
  const full = photos.length >= MAX_PHOTOS_PER_OBSERVATION;

  const add = async (files: Blob[]) => {
    setBusy(true);
    setError(undefined);
    let current = photos;
    for (const file of files) {
      if (current.length >= MAX_PHOTOS_PER_OBSERVATION) {
        setError(journalError('too-many-photos'));
        break;
      }
      const r = await addPhoto(file);
      if (!r.ok) {
        setError(journalError(r.error));
        break;
      }
      current = [...current, r.value];
      onChange(current);
      announcement.value = t('journal:photos.added');
    }
    setBusy(false);
  };

  const fromInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file may be picked again later
    if (files.length) void add(files);
  };

  const remove = (id: BlobId) => {
    onChange(photos.filter((p) => p !== id));
    if (!original.includes(id)) void deletePhotos([id]); // added in this form only: nothing else uses it
  };

  return (
    <fieldset class="photo-field stack">
      <legend>{t('journal:photos.legend')}</legend>
      {photos.length > 0 && (
        <ul class="photo-list" aria-label={t('journal:photos.attached', { count: photos.length })}>
          {photos.map((id, i) => (
            <li key={id}>
              <PhotoThumb id={id} alt={t('journal:photos.alt', { n: i + 1, total: photos.length })} />
              <button type="button" class="button small" onClick={() => remove(id)}>
                {t('journal:photos.remove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {camera ? (
        <CameraCapture onClose={() => setCamera(false)} onPhoto={(b) => { setCamera(false); void add([b]); }} />
      ) : (
        <div class="actions">
          {cameraAvailable() && (
            <button type="button" class="button" onClick={() => setCamera(true)} disabled={busy || full}>
              {t('journal:photos.takePhoto')}
            </button>
          )}
          <label class="button file-button" aria-disabled={busy || full}>
            {t('journal:photos.phoneCamera')}
            <input id={`${idPrefix}-camera`} type="file" accept="image/*" capture="environment" class="visually-hidden" onChange={fromInput} disabled={busy || full} />
          </label>
          <label class="button file-button" aria-disabled={busy || full}>
            {t('journal:photos.gallery')}
            <input id={`${idPrefix}-gallery`} type="file" accept="image/*" multiple class="visually-hidden" onChange={fromInput} disabled={busy || full} />
          </label>
        </div>
      )}
      {busy && <p class="hint" role="status">{t('journal:photos.preparing')}</p>}
      {full && <p class="hint">{t('journal:photos.limit', { count: MAX_PHOTOS_PER_OBSERVATION })}</p>}
      {error && <p class="form-error" role="alert">{error}</p>}
    </fieldset>
  );
}
