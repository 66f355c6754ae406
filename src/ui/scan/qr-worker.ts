// Decodes QR codes off the main thread with jsQR (bundled, served from our own origin), so the
// camera preview stays smooth on a cheap phone. One request in, one answer out.
import jsQR from 'jsqr';

export interface QrWorkerRequest {
  id: number;
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
  /** A still picture is worth the slower search for light-on-dark codes too. */
  thorough: boolean;
}
export interface QrWorkerAnswer {
  id: number;
  text: string | undefined;
}

self.addEventListener('message', (event: MessageEvent<QrWorkerRequest>) => {
  const { id, width, height, pixels, thorough } = event.data;
  let text: string | undefined;
  try {
    const found = jsQR(pixels, width, height, { inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert' });
    text = found?.data || undefined;
  } catch {
    text = undefined; // a frame jsQR cannot make sense of is simply a frame without a code
  }
  const answer: QrWorkerAnswer = { id, text };
  (self as unknown as { postMessage(m: QrWorkerAnswer): void }).postMessage(answer);
});
