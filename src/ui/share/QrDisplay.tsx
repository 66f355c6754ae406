import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadQrRenderer, planShareQr } from '../../app/share-out';
import { t } from '../state/language';
import './qr.css';

/** Frames per second a parent can choose; the scanner keeps up with 5 on a mid-range phone. */
const SPEEDS = [1, 2, 3, 5, 8] as const;
const DEFAULT_SPEED_INDEX = 3;
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

type Renderer = Awaited<ReturnType<typeof loadQrRenderer>>;

interface QrDisplayProps {
  /** The bytes to carry: an envelope or a key bundle. */
  message: Uint8Array;
  /** What the code is, for people who cannot see it ("Contact card for Dr Khan"). */
  label: string;
}

function draw(renderer: Renderer, canvas: HTMLCanvasElement, text: string): number {
  const qr = renderer.create(text, { errorCorrectionLevel: 'M' });
  // Whole pixels per module keep edges sharp; aim for about 320 CSS px, more on dense screens.
  const modules = qr.modules.size + 2 * QR_OPTIONS.margin;
  const scale = Math.max(2, Math.floor((320 * Math.min(2, window.devicePixelRatio || 1)) / modules));
  void renderer.toCanvas(canvas, text, { ...QR_OPTIONS, scale });
  // The renderer pins a pixel size in inline style; the stylesheet sizes the code to the screen.
  canvas.style.removeProperty('width');
  canvas.style.removeProperty('height');
  return qr.version;
}

/**
 * A large, high-contrast QR code: one code when the message fits, else an animated loop of
 * fountain-coded frames (any enough of them, in any order, rebuild the message).
 */
export function QrDisplay({ message, label }: QrDisplayProps) {
  const plan = useMemo(() => planShareQr(message), [message]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [renderer, setRenderer] = useState<Renderer | undefined>();
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState<number | undefined>();
  const [seq, setSeq] = useState(1);
  const [speed, setSpeed] = useState(DEFAULT_SPEED_INDEX);
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    let live = true;
    loadQrRenderer().then((r) => live && setRenderer(r), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => setSeq(1), [plan]);

  useEffect(() => {
    if (!renderer || !canvas.current) return;
    const text = plan.kind === 'single' ? plan.text : plan.frameText(seq);
    setVersion(draw(renderer, canvas.current, text));
  }, [renderer, plan, seq]);

  useEffect(() => {
    if (plan.kind !== 'animated' || paused) return;
    const timer = window.setInterval(() => setSeq((s) => s + 1), 1000 / SPEEDS[speed]!);
    return () => window.clearInterval(timer);
  }, [plan, speed, paused]);

  if (failed) return <p class="form-error" role="alert">{t('sharing:qr.loadFailed')}</p>;
  const animated = plan.kind === 'animated';
  return (
    <figure class="qr-display" data-qr-kind={plan.kind} data-qr-version={version} data-qr-frame={animated ? seq : undefined}>
      <canvas ref={canvas} class="qr-canvas" role="img" aria-label={label} />
      {!renderer && <p class="hint">{t('sharing:qr.preparing')}</p>}
      <figcaption class="stack">
        {animated && (
          <>
            <p class="qr-counter">
              {t('sharing:qr.frame', { seq, count: plan.k })}
            </p>
            <p class="hint">{t('sharing:qr.animatedHint', { count: plan.k })}</p>
            <div class="actions" role="group" aria-label={t('sharing:qr.speedGroup')}>
              <button type="button" class="button small" disabled={speed === 0} onClick={() => setSpeed((s) => Math.max(0, s - 1))}>
                {t('sharing:qr.slower')}
              </button>
              <button type="button" class="button small" disabled={speed === SPEEDS.length - 1}
                onClick={() => setSpeed((s) => Math.min(SPEEDS.length - 1, s + 1))}>
                {t('sharing:qr.faster')}
              </button>
              <button type="button" class="button small" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
                {t('sharing:qr.pause')}
              </button>
            </div>
            <p class="hint">{t('sharing:qr.speed', { count: SPEEDS[speed] })}</p>
          </>
        )}
        <ul class="qr-advice">
          <li>{t('sharing:qr.brightness')}</li>
          <li>{t('sharing:qr.holdSteady')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
