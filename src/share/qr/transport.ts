// Choosing the transport for a scan message: one QR code when it fits, else an animated sequence.
import { createFountainEncoder, type FountainEncoder } from '../fountain/encoder';
import { singleQrText } from './scan';

/**
 * Alphanumeric capacity of a version 25 QR code at error correction M, as the `qrcode` package
 * builds it (mode and length headers included). "FF1:" + base45 up to this length is one QR code.
 */
export const MAX_SINGLE_QR_CHARS = 1451;

export type QrPlan = { kind: 'single'; text: string } | { kind: 'animated'; encoder: FountainEncoder };

export function planQr(message: Uint8Array, maxSingleChars = MAX_SINGLE_QR_CHARS): QrPlan {
  const text = singleQrText(message);
  if (text.length <= maxSingleChars) return { kind: 'single', text };
  return { kind: 'animated', encoder: createFountainEncoder(message) };
}
