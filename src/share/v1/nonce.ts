// The nonce is not sent: both sides derive it from the header, which saves 24 bytes per QR code
// and binds the ciphertext to the header (change any header byte and decryption fails, so a
// third party cannot re-sign someone else's ciphertext under their own key or a new expiry).
// Uniqueness: addressed shares use a fresh ephemeral key per envelope, open shares a fresh random
// key; backups reuse the vault key, so there the random shareId and issuedAt make the header unique.
import { hash, type Nonce } from '../../crypto';
import { NONCE_BYTES } from './layout';

export function nonceFromHeader(header: Uint8Array): Nonce {
  return hash(header).slice(0, NONCE_BYTES) as Nonce;
}
