// A small camera reader for codes that are plain text, not shares: today the QR code printed
// on the recovery sheet. It shares the camera, the look loop and the decoder with the share scanner.
import { useRef, useState } from 'preact/hooks';
import { t } from '../state/language';
import { CameraView } from './CameraView';
import { useCamera } from './useCamera';
import { useQrLook } from './useQrLook';
import './scan.css';
import { withNamespace } from '../kit/WithNamespace';

const LOOK_EVERY_MS = 150;

interface Props {
  /** Called with each code read; returns true when it was the code wanted (then reading stops). */
  onText: (text: string) => boolean;
  /** Said when a code is read that is not the one wanted. */
  wrongCode: string;
}

function TextScannerReady({ onText, wrongCode }: Props) {
  const sink = useRef(onText);
  sink.current = onText;
  const camera = useCamera();
  const [wrong, setWrong] = useState(false);
  const look = useQrLook(camera.video, camera.live, (texts) => {
    for (const text of texts) {
      if (sink.current(text)) return true; // found: the screen moves on and the camera stops
      setWrong(true);
    }
    return false;
  }, LOOK_EVERY_MS);

  return (
    <div class="scanner stack">
      <CameraView video={camera.video} error={camera.error} live={camera.live} onRetry={camera.retry} />
      {wrong && <p class="form-error" role="alert">{wrongCode}</p>}
      {look.trouble && <p class="form-error" role="alert">{t('receive:scanner.readerRestarted')}</p>}
    </div>
  );
}

/** Waits for the `receive` strings (a lazy namespace). */
export const TextScanner = withNamespace('receive', TextScannerReady, true);
