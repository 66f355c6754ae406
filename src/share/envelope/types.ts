// Types shared by every envelope version: what callers give to encode and get back from decode.
import type { BoxKeyPair, BoxPublicKey, BoxSecretKey, SecretKey, SignKeyPair, SignPublicKey } from '../../crypto';
import type { BodyValue } from '../body/body';

export type ShareId = Uint8Array & { readonly __brand: 'ShareId' };
export type KeyId = Uint8Array & { readonly __brand: 'KeyId' };

export const ENVELOPE_TYPES = ['contact-card', 'addressed-share', 'open-share', 'contribution', 'backup'] as const;
export type EnvelopeType = (typeof ENVELOPE_TYPES)[number];

/** Every way decoding can fail, in the order the checks run (docs/share-format.md §8). */
export const ENVELOPE_ERRORS = [
  'bad-magic', 'unsupported-version', 'unknown-type', 'truncated', 'trailing-bytes', 'too-large',
  'bad-signature', 'expired', 'not-yet-valid', 'not-for-me', 'decrypt-failed', 'malformed-body',
] as const;
export type EnvelopeError = (typeof ENVELOPE_ERRORS)[number];

export interface EnvelopeHeader {
  version: number;
  type: EnvelopeType;
  /** Milliseconds since the Unix epoch (the wire keeps whole seconds). */
  issuedAt: number;
  /** Milliseconds since the Unix epoch, or null for "never" (backups only). */
  expiresAt: number | null;
  shareId: ShareId;
  sender: SignPublicKey;
  /** keyId() of the recipient's box public key; addressed shares and contributions only. */
  recipientKeyId: KeyId | null;
  /** Open shares only: the key beside the envelope is wrapped with a passcode. */
  passcodeProtected: boolean;
  /** Addressed and open shares saved as files: the body may carry photos (share-format §4.6). */
  attachments: boolean;
}

export interface DecodedEnvelope {
  header: EnvelopeHeader;
  body: BodyValue;
}

export type DecodeResult = { ok: true; value: DecodedEnvelope } | { ok: false; error: EnvelopeError };

export interface DecodeContext {
  /** The reader's clock, in milliseconds since the Unix epoch. */
  now: number;
  /** Needed for addressed shares and contributions. */
  myBoxSecretKey?: BoxSecretKey;
  /** keyId() of my box public key; derived from the secret key when absent. */
  myBoxKeyId?: Uint8Array;
  /** The (already unwrapped) key carried beside an open share. */
  openShareKey?: SecretKey;
  /** The vault key, for backups. */
  vaultKey?: SecretKey;
  /** When set, an envelope signed by anyone else is refused with 'bad-signature'. */
  trustedSender?: SignPublicKey;
}

interface EncodeCommon {
  sender: SignKeyPair;
  /** Milliseconds; truncated to whole seconds on the wire. */
  issuedAt: number;
  /** Milliseconds; null means "never" and is allowed for backups only. */
  expiresAt: number | null;
  body: BodyValue;
  /** Tests only: production shares must use a fresh random id (it also makes the nonce unique). */
  shareId?: ShareId;
}

export type EncodeInput =
  | (EncodeCommon & { type: 'contact-card' })
  | (EncodeCommon & {
      type: 'addressed-share' | 'contribution';
      recipient: BoxPublicKey;
      /** Tests only: a fixed ephemeral key pair makes the output deterministic. */
      ephemeral?: BoxKeyPair;
      /** Addressed shares only: the body carries photos (share-format §4.6). */
      attachments?: boolean;
    })
  | (EncodeCommon & { type: 'open-share'; openShareKey: SecretKey; passcodeProtected?: boolean; attachments?: boolean })
  | (EncodeCommon & { type: 'backup'; vaultKey: SecretKey });

export type EncodeResult = { ok: true; value: Uint8Array } | { ok: false; error: 'too-large' };
