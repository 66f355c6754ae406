import type { Ref } from 'preact';
import { t } from '../state/language';
import { CAMERA_MESSAGE, type CameraError } from './camera';

/** The camera picture, or why there is none with a way to try again; then "hold steady" once it is live. */
export function CameraView({ video, error, live, onRetry }: {
  video: Ref<HTMLVideoElement>; error: CameraError | undefined; live: boolean; onRetry: () => void;
}) {
  return (
    <>
      {error ? (
        <div class="stack">
          <p class="warning" role="alert">{t(CAMERA_MESSAGE[error])}</p>
          <button type="button" class="button" onClick={onRetry}>{t('receive:camera.tryAgain')}</button>
        </div>
      ) : (
        <div class="scanner-view">
          <video ref={video} muted playsInline aria-hidden="true" />
          {!live && <p class="scanner-starting">{t('receive:scanner.starting')}</p>}
        </div>
      )}
      {live && <p class="hint">{t('receive:scanner.holdSteady')}</p>}
    </>
  );
}
