import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../crypto/index';
import { asIsoDate } from '../domain/index';
import { completeSetup, createVault } from '../vault/index';
import { freshDb } from '../vault/test-support';
import { keepReceivedShare, type OpenedShare } from './receive';
import { confirmedSenders, confirmSender, senderTrust } from './sender-trust';
import { session } from './session';

const NOW = Date.UTC(2025, 4, 3, 9, 0, 0);
const DAY = 86_400_000;
const CHEAP_KDF = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

async function professional() {
  const made = await createVault(freshDb(), {
    passphrase: 'a professional passphrase', role: 'professional', kdfParams: CHEAP_KDF, allowWeakParamsForTests: true,
  });
  if (!made.ok) throw new Error(made.error);
  await completeSetup(made.value.vault);
  session.setVault(made.value.vault);
  return made.value.vault;
}

/** A share as the receiver keeps it; only who signed it and its id matter here. */
function share(senderByte: number, shareId: string): OpenedShare {
  return {
    type: 'addressed-share', shareId, senderKey: toBase64Url(new Uint8Array(32).fill(senderByte)),
    fingerprint: ['one', 'two', 'three', 'four', 'five', 'six'], issuedAt: NOW, expiresAt: NOW + 7 * DAY,
    content: { child: { name: 'Amira Khan', dob: asIsoDate('2022-03-14') }, sections: ['about-me'], entries: [] },
  };
}

afterEach(() => session.lock('user'));

describe('trust in the sender of a received share', () => {
  it('marks the first share from a key new, later ones "the same family as on" the first day', async () => {
    const vault = await professional();
    const first = share(1, '0000000000000001');
    await keepReceivedShare(vault, first, 'single', NOW);
    expect(await senderTrust(first)).toEqual({ ok: true, value: { status: 'new' } });
    // Scanning the very same share again is still the first contact.
    await keepReceivedShare(vault, first, 'single', NOW + 60_000);
    expect(await senderTrust(first)).toEqual({ ok: true, value: { status: 'new' } });

    const second = share(1, '0000000000000002');
    await keepReceivedShare(vault, second, 'image', NOW + 2 * DAY);
    expect(await senderTrust(second)).toEqual({ ok: true, value: { status: 'seen', firstSeenAt: NOW } });

    const stranger = share(2, '0000000000000003');
    await keepReceivedShare(vault, stranger, 'single', NOW + 2 * DAY);
    expect(await senderTrust(stranger)).toEqual({ ok: true, value: { status: 'new' } });
  });

  it('records that the words were compared in person, once, for every share from that key', async () => {
    const vault = await professional();
    const first = share(1, '0000000000000001');
    await keepReceivedShare(vault, first, 'single', NOW);
    expect(await confirmSender(first, NOW + DAY)).toEqual({ ok: true, value: { status: 'confirmed', confirmedAt: NOW + DAY } });
    expect(await confirmSender(first, NOW + 2 * DAY)).toEqual({ ok: true, value: { status: 'confirmed', confirmedAt: NOW + DAY } });
    const later = share(1, '0000000000000009');
    expect(await senderTrust(later)).toEqual({ ok: true, value: { status: 'confirmed', confirmedAt: NOW + DAY } });
    expect(await senderTrust(share(2, '000000000000000a'))).toEqual({ ok: true, value: { status: 'new' } });
    const confirmed = await confirmedSenders();
    expect(confirmed.ok && [...confirmed.value]).toEqual([first.senderKey]);
    // The record's id names no key: the sender's key is inside the encrypted row only.
    const rows = await vault.all('sender-confirmation');
    expect(rows.ok && rows.value.map((r) => r.id).some((id) => id.includes(first.senderKey.slice(0, 8)))).toBe(false);
  });

  it('is locked without a vault', async () => {
    expect(await senderTrust(share(1, '01'))).toEqual({ ok: false, error: 'locked' });
    expect(await confirmSender(share(1, '01'))).toEqual({ ok: false, error: 'locked' });
  });
});
