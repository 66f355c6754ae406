// Quick unlock with the phone's own screen lock: a passkey on this device with the WebAuthn PRF
// extension (src/vault/passkey.ts wraps the vault key with its output). No server: the passkey
// is never sent anywhere; it exists only so the phone's authenticator will release a secret
// after the fingerprint, face or screen PIN. Where the browser or phone lacks PRF, the PIN stays.
import { randomBytes } from '../crypto/index';
import {
  disablePasskey, enablePasskey, newPasskeySalt, passkeyInfo, unlockWithPasskey, type PasskeyInfo, type UnlockedVault,
} from '../vault/index';
import type { AppResult } from './result';
import { session } from './session';

type PrfResults = { enabled?: boolean; results?: { first?: ArrayBuffer | ArrayBufferView } };

function prfFirst(credential: Credential | null): Uint8Array | undefined {
  const pk = credential as PublicKeyCredential | null;
  const prf = (pk?.getClientExtensionResults() as { prf?: PrfResults } | undefined)?.prf;
  const first = prf?.results?.first;
  if (!first) return undefined;
  return first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array(first.buffer, first.byteOffset, first.byteLength);
}

/** Whether this phone has a screen lock the browser can use (PRF is known only once tried). */
export async function screenLockAvailable(): Promise<boolean> {
  try {
    return typeof PublicKeyCredential !== 'undefined' && await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

/** Asks the authenticator for the PRF output of this passkey and input (after the screen lock). */
async function askForSecret(info: PasskeyInfo): Promise<AppResult<Uint8Array>> {
  try {
    const assertion = await navigator.credentials.get({
      publicKey: {
        challenge: randomBytes(32) as Uint8Array<ArrayBuffer>,
        allowCredentials: [{ type: 'public-key', id: info.credentialId as Uint8Array<ArrayBuffer> }],
        userVerification: 'required',
        timeout: 120_000,
        extensions: { prf: { eval: { first: info.prfSalt as Uint8Array<ArrayBuffer> } } },
      },
    });
    const secret = prfFirst(assertion);
    return secret ? { ok: true, value: secret } : { ok: false, error: 'passkey-no-prf' };
  } catch (e) {
    return { ok: false, error: (e as DOMException).name === 'NotAllowedError' ? 'passkey-cancelled' : 'passkey-failed' };
  }
}

/** Makes a passkey on this phone and wraps the open vault's key with its PRF output. */
export async function turnOnScreenLock(): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  if (!(await screenLockAvailable())) return { ok: false, error: 'passkey-unavailable' };
  const prfSalt = newPasskeySalt();
  let created: Credential | null;
  try {
    created = await navigator.credentials.create({
      publicKey: {
        rp: { name: 'Family File', id: location.hostname },
        // Not an account: a random handle, so the passkey names no one.
        user: { id: randomBytes(16) as Uint8Array<ArrayBuffer>, name: 'Family File', displayName: 'Family File' },
        challenge: randomBytes(32) as Uint8Array<ArrayBuffer>,
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
        authenticatorSelection: { authenticatorAttachment: 'platform', userVerification: 'required', residentKey: 'discouraged' },
        timeout: 120_000,
        extensions: { prf: { eval: { first: prfSalt as Uint8Array<ArrayBuffer> } } },
      },
    });
  } catch (e) {
    return { ok: false, error: (e as DOMException).name === 'NotAllowedError' ? 'passkey-cancelled' : 'passkey-unavailable' };
  }
  const credential = created as PublicKeyCredential | null;
  if (!credential) return { ok: false, error: 'passkey-unavailable' };
  const info: PasskeyInfo = { credentialId: new Uint8Array(credential.rawId), prfSalt };
  // Some authenticators give the PRF output only when asked to sign in: ask once more if needed.
  let secret = prfFirst(credential);
  if (!secret) {
    const enabled = (credential.getClientExtensionResults() as { prf?: PrfResults }).prf?.enabled;
    if (enabled === false) return { ok: false, error: 'passkey-no-prf' };
    const asked = await askForSecret(info);
    if (!asked.ok) return asked;
    secret = asked.value;
  }
  const saved = await enablePasskey(vault, info, secret);
  secret.fill(0);
  return saved.ok ? { ok: true, value: undefined } : saved;
}

export async function turnOffScreenLock(): Promise<AppResult<void>> {
  const done = await disablePasskey(session.db('real'));
  return done.ok ? { ok: true, value: undefined } : done;
}

/** Whether the lock screen should offer the screen lock. */
export async function screenLockIsOn(): Promise<boolean> {
  const info = await passkeyInfo(session.db('real'));
  return info.ok && info.value !== undefined;
}

/** The PRF output for the stored passkey, then the vault opened with it (see unlock.ts). */
export async function openWithScreenLock(): Promise<AppResult<UnlockedVault>> {
  const info = await passkeyInfo(session.db('real'));
  if (!info.ok) return info;
  if (!info.value) return { ok: false, error: 'passkey-not-set' };
  const secret = await askForSecret(info.value);
  if (!secret.ok) return secret;
  const opened = await unlockWithPasskey(session.db('real'), secret.value);
  secret.value.fill(0);
  return opened;
}
