import { useRef, useState } from 'preact/hooks';
import { scanMessageKey, type ScannedPayload, type ScanStep } from '../../app/scan-decode';
import { t } from '../state/language';
import { CameraView } from './CameraView';
import { useCamera } from './useCamera';
import { useQrLook } from './useQrLook';
import { useCameraControls, useFrameAssembly, useImageScan } from './scanner-hooks';
import './scan.css';
import { withNamespace } from '../kit/WithNamespace';

export interface ScannerProps {
  /** A complete Family File payload: envelope bytes (single QR or all frames) or an open-share URL's parts. */
  onPayload: (payload: ScannedPayload) => void;
  /** Translated heading/hint shown above the camera. */
  hint?: string;
}

/** Pause between two looks at the camera: about 8 a second, enough for animated codes. */
const LOOK_EVERY_MS = 120;

/**
 * The live camera, reading QR codes until a whole Family File payload is in. The camera, the look
 * loop and the frame assembly are hooks of their own; this component turns their steps into words.
 */
function ScannerReady({ onPayload, hint }: ScannerProps) {
  const payloadSink = useRef(onPayload);
  payloadSink.current = onPayload;
  const [deviceId, setDeviceId] = useState<string | undefined>();
  const camera = useCamera(deviceId);
  const [problem, setProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const assembly = useFrameAssembly();

  const handle = (step: ScanStep | { kind: 'restarted' }) => {
    if (step.kind === 'repeat') return;
    if (step.kind === 'restarted') {
      // The assembler's worker failed: what was read of a moving code is gone, reading goes on here.
      setProgress(undefined);
      setProblem('receive:scanner.readerRestarted');
    } else if (step.kind === 'progress') {
      setProblem(undefined);
      setProgress(step.progress);
    } else if (step.kind === 'problem') {
      // A frame of another code or a damaged frame is not worth interrupting an animated scan for.
      if (step.error === 'different-message' || step.error === 'malformed-frame') return;
      setProblem(scanMessageKey(step.error));
      if (step.error === 'checksum-mismatch') setProgress(0);
    } else {
      setProblem(undefined);
      setProgress(undefined);
      payloadSink.current(step.payload);
    }
  };

  const look = useQrLook(camera.video, camera.live, async (texts) => {
    for (const text of texts) handle(await assembly().accept(text));
    return false;
  }, LOOK_EVERY_MS);
  const image = useImageScan(look.getDecoder, async (texts) => {
    if (texts.length === 0) setProblem('receive:scanner.noCodeInImage');
    for (const text of texts) handle(await assembly().accept(text, true));
  }, () => setProblem('receive:scanner.imageUnreadable'));
  const controls = useCameraControls(camera.stream, camera.live, deviceId);

  const shown = problem ?? (look.trouble ? 'receive:scanner.readerRestarted' : undefined);
  return (
    <div class="scanner stack">
      {hint && <p class="hint">{hint}</p>}
      <CameraView video={camera.video} error={camera.error} live={camera.live} onRetry={camera.retry} />
      {progress !== undefined && (
        <div class="field">
          <label for="scan-progress">{t('receive:scanner.movingCode')}</label>
          <progress id="scan-progress" max={100} value={Math.round(progress * 100)}>
            {t('receive:scanner.percent', { percent: Math.round(progress * 100) })}
          </progress>
          <p class="hint" aria-live="polite">{t('receive:scanner.percent', { percent: Math.round(progress * 100) })}</p>
        </div>
      )}
      {shown && <p class="form-error" role="alert">{t(shown)}</p>}
      <div class="actions">
        {controls.torch !== undefined && (
          <button type="button" class="button" aria-pressed={controls.torch} onClick={() => void controls.toggleTorch()}>
            {t('receive:scanner.torch')}
          </button>
        )}
        {controls.cameras.length > 1 && (
          <div class="field">
            <label for="scan-camera">{t('receive:scanner.camera')}</label>
            <select id="scan-camera" value={deviceId ?? ''} onChange={(e) => setDeviceId(e.currentTarget.value || undefined)}>
              <option value="">{t('receive:scanner.cameraDefault')}</option>
              {controls.cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>{c.label || t('receive:scanner.cameraNumber', { number: i + 1 })}</option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div class="field">
        <label for="scan-image">{t('receive:scanner.fromImage')}</label>
        <input id="scan-image" type="file" accept="image/*" disabled={image.busy} onChange={(e) => void image.scan(e.currentTarget)} />
      </div>
    </div>
  );
}

/** Waits for the `receive` strings (a lazy namespace). */
export const Scanner = withNamespace('receive', ScannerReady, true);
