import { useEffect, useRef, useState } from 'preact/hooks';
import { scanMessageKey, type ScanStep } from '../../app/scan-decode';
import { t } from '../state/language';
import { listCameras, openCamera, setTorch, stopCamera, torchSupported, type CameraError } from './camera';
import { createFrameAssembly, type FrameAssembly } from './frame-assembly';
import { createQrDecoder, type QrDecoder } from './qr-decoder';
import { CameraView } from './CameraView';
import './scan.css';

export interface ScannerProps {
  /** A complete Family File payload: envelope bytes (single QR or all frames) or an open-share URL's parts. */
  onPayload: (payload: { bytes: Uint8Array; via: 'single' | 'frames' | 'url' | 'image'; openShareKeyToken?: string }) => void;
  /** Translated heading/hint shown above the camera. */
  hint?: string;
}

/** Pause between two looks at the camera: about 8 a second, enough for animated codes. */
const LOOK_EVERY_MS = 120;

/**
 * The live camera, reading QR codes until a whole Family File payload is in. Every track is
 * stopped when the component goes away (leaving the screen), or when the camera changes.
 */
export function Scanner({ onPayload, hint }: ScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const assembler = useRef<FrameAssembly | undefined>(undefined);
  const decoder = useRef<Promise<QrDecoder> | undefined>(undefined);
  const stream = useRef<MediaStream | undefined>(undefined);
  const payloadSink = useRef(onPayload);
  payloadSink.current = onPayload;
  const [cameraError, setCameraError] = useState<CameraError | undefined>();
  const [live, setLive] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [deviceId, setDeviceId] = useState<string | undefined>();
  const [torch, setTorchState] = useState<boolean | undefined>();
  const [imageBusy, setImageBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const getDecoder = () => (decoder.current ??= createQrDecoder());
  // Frames are assembled in a worker (frames-worker.ts), so a hostile animated code cannot stall the screen.
  const getAssembler = () => (assembler.current ??= createFrameAssembly());

  const handle = (step: ScanStep) => {
    if (step.kind === 'repeat') return;
    if (step.kind === 'progress') {
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

  useEffect(() => () => {
    void decoder.current?.then((d) => d.close());
    assembler.current?.close();
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async () => {
      const v = video.current;
      if (stopped || !v) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        const texts = await (await getDecoder()).decode(v);
        if (stopped) return;
        for (const text of texts) {
          const step = await getAssembler().accept(text);
          if (stopped) return;
          handle(step);
        }
      }
      timer = setTimeout(() => void look(), LOOK_EVERY_MS);
    };
    void (async () => {
      const opened = await openCamera(deviceId);
      if (stopped) return stopCamera(opened.ok ? opened.value : undefined);
      if (!opened.ok) return setCameraError(opened.error);
      stream.current = opened.value;
      setCameraError(undefined);
      if (video.current) {
        video.current.srcObject = opened.value;
        await video.current.play().catch(() => undefined);
      }
      setLive(true);
      setTorchState(torchSupported(opened.value) ? false : undefined);
      // Labels and the full list are only known once permission is given.
      if (!deviceId) void listCameras().then((list) => !stopped && setCameras(list));
      void look();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopCamera(stream.current);
      stream.current = undefined;
      if (video.current) video.current.srcObject = null;
      setLive(false);
    };
  }, [deviceId, attempt]);

  const toggleTorch = async () => {
    if (!stream.current || torch === undefined) return;
    if (await setTorch(stream.current, !torch)) setTorchState(!torch);
  };

  const scanImage = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setImageBusy(true);
    try {
      const bitmap = await createImageBitmap(file);
      const texts = await (await getDecoder()).decode(bitmap, true);
      bitmap.close();
      if (texts.length === 0) setProblem('receive:scanner.noCodeInImage');
      for (const text of texts) handle(await getAssembler().accept(text, true));
    } catch {
      setProblem('receive:scanner.imageUnreadable');
    } finally {
      setImageBusy(false);
    }
  };

  return (
    <div class="scanner stack">
      {hint && <p class="hint">{hint}</p>}
      <CameraView video={video} error={cameraError} live={live} onRetry={() => { setCameraError(undefined); setAttempt((n) => n + 1); }} />
      {progress !== undefined && (
        <div class="field">
          <label for="scan-progress">{t('receive:scanner.movingCode')}</label>
          <progress id="scan-progress" max={100} value={Math.round(progress * 100)}>
            {t('receive:scanner.percent', { percent: Math.round(progress * 100) })}
          </progress>
          <p class="hint" aria-live="polite">{t('receive:scanner.percent', { percent: Math.round(progress * 100) })}</p>
        </div>
      )}
      {problem && <p class="form-error" role="alert">{t(problem)}</p>}
      <div class="actions">
        {torch !== undefined && (
          <button type="button" class="button" aria-pressed={torch} onClick={() => void toggleTorch()}>
            {t('receive:scanner.torch')}
          </button>
        )}
        {cameras.length > 1 && (
          <div class="field">
            <label for="scan-camera">{t('receive:scanner.camera')}</label>
            <select id="scan-camera" value={deviceId ?? ''} onChange={(e) => setDeviceId(e.currentTarget.value || undefined)}>
              <option value="">{t('receive:scanner.cameraDefault')}</option>
              {cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>{c.label || t('receive:scanner.cameraNumber', { number: i + 1 })}</option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div class="field">
        <label for="scan-image">{t('receive:scanner.fromImage')}</label>
        <input id="scan-image" type="file" accept="image/*" disabled={imageBusy} onChange={(e) => void scanImage(e.currentTarget)} />
      </div>
    </div>
  );
}
