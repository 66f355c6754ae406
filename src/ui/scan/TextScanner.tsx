// A small camera reader for codes that are plain text, not shares: today the QR code printed
// on the recovery sheet. It shares the camera and the decoder with the share scanner.
import { useEffect, useRef, useState } from 'preact/hooks';
import { openCamera, stopCamera, type CameraError } from './camera';
import { createQrDecoder, type QrDecoder } from './qr-decoder';
import { CameraView } from './CameraView';
import './scan.css';

const LOOK_EVERY_MS = 150;

interface Props {
  /** Called with each code read; returns true when it was the code wanted (then reading stops). */
  onText: (text: string) => boolean;
  /** Said when a code is read that is not the one wanted. */
  wrongCode: string;
}

export function TextScanner({ onText, wrongCode }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const sink = useRef(onText);
  sink.current = onText;
  const [cameraError, setCameraError] = useState<CameraError | undefined>();
  const [live, setLive] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let decoder: Promise<QrDecoder> | undefined;
    const look = async () => {
      const v = video.current;
      if (stopped || !v) return;
      try {
        if (v.readyState >= 2 && v.videoWidth > 0) {
          const texts = await (decoder ??= createQrDecoder()).then((d) => d.decode(v));
          if (stopped) return;
          for (const text of texts) {
            if (sink.current(text)) return; // found: the screen moves on and the camera stops
            setWrong(true);
          }
        }
      } catch {
        // One bad look (a frame the decoder could not read) is no reason to stop looking.
      }
      timer = setTimeout(() => void look(), LOOK_EVERY_MS);
    };
    void (async () => {
      const opened = await openCamera();
      if (stopped) return stopCamera(opened.ok ? opened.value : undefined);
      if (!opened.ok) return setCameraError(opened.error);
      stream = opened.value;
      setCameraError(undefined);
      if (video.current) {
        video.current.srcObject = stream;
        await video.current.play().catch(() => undefined);
      }
      setLive(true);
      void look();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopCamera(stream);
      if (video.current) video.current.srcObject = null;
      void decoder?.then((d) => d.close());
    };
  }, [attempt]);

  return (
    <div class="scanner stack">
      <CameraView video={video} error={cameraError} live={live} onRetry={() => { setCameraError(undefined); setAttempt((n) => n + 1); }} />
      {wrong && <p class="form-error" role="alert">{wrongCode}</p>}
    </div>
  );
}
