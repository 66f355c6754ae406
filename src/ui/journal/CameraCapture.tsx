// The in-app camera: live video and a shutter button. Used where the browser offers
// getUserMedia; the file input with `capture` covers phones that prefer their own camera app.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../state/language';

export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

export function CameraCapture({ onPhoto, onClose }: { onPhoto: (photo: Blob) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const [state, setState] = useState<'starting' | 'live' | 'denied' | 'unavailable'>('starting');
  useEffect(() => {
    let live = true;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 } }, audio: false })
      .then(async (s) => {
        if (!live) return s.getTracks().forEach((tr) => tr.stop());
        stream.current = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play().catch(() => undefined);
        }
        setState('live');
      })
      .catch((e: unknown) => {
        if (live) setState(e instanceof DOMException && e.name === 'NotAllowedError' ? 'denied' : 'unavailable');
      });
    return () => {
      live = false;
      stream.current?.getTracks().forEach((tr) => tr.stop()); // the camera light goes off
    };
  }, []);

  const capture = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')?.drawImage(v, 0, 0);
    canvas.toBlob((b) => { if (b) onPhoto(b); }, 'image/jpeg', 0.92);
  };

  return (
    <section class="camera card stack" aria-labelledby="camera-title">
      <h3 id="camera-title">{t('journal:camera.title')}</h3>
      {state === 'starting' && <p class="hint" role="status">{t('journal:camera.starting')}</p>}
      {(state === 'denied' || state === 'unavailable') && <p class="form-error" role="alert">{t(`journal:camera.${state}`)}</p>}
      <video ref={video} class="camera-view" playsInline muted hidden={state !== 'live'} aria-label={t('journal:camera.preview')} />
      <div class="actions">
        <button type="button" class="button primary" onClick={capture} disabled={state !== 'live'}>{t('journal:camera.capture')}</button>
        <button type="button" class="button" onClick={onClose}>{t('journal:camera.close')}</button>
      </div>
    </section>
  );
}
