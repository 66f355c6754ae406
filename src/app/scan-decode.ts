// Turns the texts a camera (or an image) reads into one complete Family File payload.
// No DOM here: the Scanner component feeds texts in and shows what comes out.
// Light entry points (not the barrels): this module runs in the scanner's worker.
import { toBase64Url } from '../crypto/encoding';
import {
  FountainDecoder, SHARE_ERROR_KEYS, SINGLE_PREFIX, classifyScan, fromBase45, parseOpenShareFragment, parseSingleQrText,
  shareErrorMessageKey, type ShareErrorCode,
} from '../share/scanning';

/** Where a complete payload came from. Mirrors ScannerProps in src/ui/scan/Scanner.tsx; 'file' is a saved share file. */
export type ScanVia = 'single' | 'frames' | 'url' | 'image' | 'file';

export interface ScannedPayload {
  /** A scan message: an envelope, or a key bundle (key token + envelope); for 'url', the envelope alone. */
  bytes: Uint8Array;
  via: ScanVia;
  /** 'url' only: the open share's key token, base64url as it was in the fragment. */
  openShareKeyToken?: string;
}

export type ScanProblem = Extract<ShareErrorCode, 'not-ours' | 'malformed-frame' | 'different-message' | 'checksum-mismatch' | 'too-large'>;

export type ScanStep =
  | { kind: 'payload'; payload: ScannedPayload }
  | { kind: 'progress'; progress: number; framesSeen: number }
  | { kind: 'problem'; error: ScanProblem }
  /** The same text as last time: nothing new to say. */
  | { kind: 'repeat' };

/** Frames of another animated code in a row before we give up on the first one and follow the new one. */
export const RESET_AFTER_OTHER_FRAMES = 4;

export class ScanAssembler {
  readonly #frames = new FountainDecoder();
  #otherFramesInARow = 0;
  #lastText: string | undefined;

  /** 0..1 while an animated code is being collected. */
  get progress(): number {
    return this.#frames.progress;
  }

  reset(): void {
    this.#frames.reset();
    this.#otherFramesInARow = 0;
    this.#lastText = undefined;
  }

  /** Total: any text gives a step, never a throw. `fromImage` marks a one-off picture rather than a camera stream. */
  accept(text: string, fromImage = false): ScanStep {
    if (!fromImage && text === this.#lastText) return { kind: 'repeat' };
    this.#lastText = text;
    const kind = classifyScan(text);
    if (!kind.ok) return { kind: 'problem', error: 'not-ours' };
    switch (kind.value) {
      case 'single': {
        // Checked here, passed on whole (envelope or key bundle) so the reader sees exactly what was scanned.
        const bytes = fromBase45(text.slice(SINGLE_PREFIX.length));
        if (!bytes.ok || !parseSingleQrText(text).ok) return { kind: 'problem', error: 'not-ours' };
        return { kind: 'payload', payload: { bytes: bytes.value, via: fromImage ? 'image' : 'single' } };
      }
      case 'url-open-share': {
        const parts = parseOpenShareFragment(text);
        if (!parts.ok) return { kind: 'problem', error: 'not-ours' };
        return {
          kind: 'payload',
          payload: { bytes: parts.value.envelope, via: 'url', openShareKeyToken: toBase64Url(parts.value.keyToken) },
        };
      }
      case 'frame':
        return this.#frame(text, fromImage);
    }
  }

  #frame(text: string, fromImage: boolean): ScanStep {
    let result = this.#frames.receiveText(text);
    if (!result.ok && result.error === 'different-message') {
      // A stray frame of another code is ignored; several in a row mean the parent switched codes.
      this.#otherFramesInARow++;
      if (this.#otherFramesInARow < RESET_AFTER_OTHER_FRAMES) return { kind: 'problem', error: 'different-message' };
      this.#frames.reset();
      result = this.#frames.receiveText(text);
    }
    this.#otherFramesInARow = 0;
    if (!result.ok) return { kind: 'problem', error: result.error };
    if (result.value.state === 'collecting') {
      return { kind: 'progress', progress: result.value.progress, framesSeen: result.value.framesSeen };
    }
    const message = result.value.message;
    this.#frames.reset();
    return { kind: 'payload', payload: { bytes: message, via: fromImage ? 'image' : 'frames' } };
  }
}

const RECEIVE_ERROR_KEYS: Record<string, string> = {
  'wrong-kind': 'receive:error.wrongKind',
  'passcode-needed': 'receive:error.passcodeNeeded',
};

/** The i18next key of the message for a share or receive code, or undefined for other codes (vault etc.). */
export function scanMessageKey(code: string): string | undefined {
  if (code in SHARE_ERROR_KEYS) return 'share:' + shareErrorMessageKey(code as ShareErrorCode);
  return RECEIVE_ERROR_KEYS[code];
}
