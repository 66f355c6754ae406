// A share file that carries photos (docs/share-format.md §4.6), on the professional's phone:
// the photos become vault blobs beside the share, and leave with it at expiry.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxKeyPair, signKeyPairFromSeed, type BoxKeyPair } from '../crypto/index';
import { encodeEnvelope, type BodyValue } from '../share/index';
import { completeSetup, createVault, type UnlockedVault } from '../vault/index';
import { freshDb, TEST_KDF } from '../vault/test-support';
import { jpegWithExif } from './photo-test-support';
import {
  keepReceivedShare, listReceived, MAX_SHARE_FILE_BYTES, purgeExpiredShares, readReceived, readScannedMessage, receiveOpenShare, receiveShareFile,
  sharedPhotoBlob,
  type OpenedShare,
} from './receive';
import { session } from './session';
import { join } from 'node:path';
import { fromHex } from '../domain/index';
import { FIXTURES, readFixture } from '../share/testing/golden-read';

const NOW = Date.UTC(2026, 11, 4, 10);
const HOUR = 3_600_000;
const parent = signKeyPairFromSeed(new Uint8Array(32).fill(9));
const photoA = jpegWithExif(1024, 768, 2000);
const photoB = jpegWithExif(768, 1024, 3000);

const bodyWith = (attachments: BodyValue): BodyValue => ({
  child: { name: 'Amira Khan', dob: '2022-03-14' },
  sections: ['dev-communication'],
  entries: [
    { kind: 'observation', area: 'communication', date: '2026-11-30', mark: 'none', text: { text: 'Pointed at the bus and said "bus".', lang: 'en' }, photos: ['p1', 'p2'] },
    { kind: 'observation', area: 'communication', date: '2026-11-02', mark: 'none', text: { text: 'Waved bye-bye at nursery.', lang: 'en' } },
  ],
  attachments,
});
const goodPhotos: BodyValue = [{ id: 'p1', type: 'image/jpeg', bytes: photoA }, { id: 'p2', type: 'image/jpeg', bytes: photoB }];

function fileFor(me: BoxKeyPair, attachments: BodyValue, flag = true, expiresAt = NOW + 2 * HOUR): Uint8Array {
  const made = encodeEnvelope({
    type: 'addressed-share', sender: parent, recipient: me.publicKey, issuedAt: NOW, expiresAt, body: bodyWith(attachments), attachments: flag,
  });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

async function professionalVault(): Promise<UnlockedVault> {
  const made = await createVault(freshDb(), { passphrase: 'a professional passphrase', role: 'professional', kdfParams: TEST_KDF, allowWeakParamsForTests: true });
  if (!made.ok) throw new Error(made.error);
  await completeSetup(made.value.vault);
  return made.value.vault;
}

function mustOpen(bytes: Uint8Array, me: BoxKeyPair): OpenedShare {
  const r = readScannedMessage(bytes, me, NOW);
  if (!r.ok || r.value.kind !== 'addressed') throw new Error(`expected a share, got ${JSON.stringify(r)}`);
  return r.value.share;
}

const blobIds = async (vault: UnlockedVault) => {
  const ids = await vault.listBlobIds();
  if (!ids.ok) throw new Error(ids.error);
  return ids.value.sort();
};

afterEach(() => {
  vi.restoreAllMocks();
  session.lock('user');
});

describe('a share file with photos, kept by the professional', () => {
  it('keeps each photo as a blob beside the share (not inside its record), and deletes them when the share expires', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(fileFor(me, goodPhotos), me);
    expect(share.photos?.map((p) => p.id)).toEqual(['p1', 'p2']);
    const kept = await keepReceivedShare(vault, share, 'file', NOW);
    if (!kept.ok) throw new Error(kept.error);
    const blobs = (kept.value.photoBlobs ?? []).map((p) => p.blob);
    expect(kept.value.photoBlobs?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(await blobIds(vault)).toEqual([...blobs].sort());
    expect(await vault.getBlob(sharedPhotoBlob(kept.value, 'p1')!)).toEqual({ ok: true, value: photoA });
    expect(await vault.getBlob(sharedPhotoBlob(kept.value, 'p2')!)).toEqual({ ok: true, value: photoB });
    // Only what this share carried: an id it does not have, or one that is not text, names nothing.
    expect([sharedPhotoBlob(kept.value, 'p3'), sharedPhotoBlob(kept.value, 7), sharedPhotoBlob(kept.value, 'constructor')]).toEqual([undefined, undefined, undefined]);
    const record = await readReceived(vault, kept.value.id, NOW + 1);
    if (!record.ok) throw new Error(record.error);
    expect('photos' in record.value).toBe(false);
    expect(JSON.stringify(record.value).length).toBeLessThan(2000);
    // The entry still names its photos by the share's ids; the record maps them to blobs.
    expect(record.value.content.entries[0]?.photos).toEqual(['p1', 'p2']);

    expect(await purgeExpiredShares(vault, NOW + 2 * HOUR)).toEqual({ ok: true, value: 1 });
    expect(await blobIds(vault)).toEqual([]);
    const list = await listReceived(vault, NOW + 3 * HOUR);
    expect(list.ok && list.value.log).toHaveLength(1);
  });

  it('a share opened after its expiry takes its photos with it', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const kept = await keepReceivedShare(vault, mustOpen(fileFor(me, goodPhotos, true, NOW + HOUR), me), 'file', NOW);
    if (!kept.ok) throw new Error(kept.error);
    expect(await blobIds(vault)).toHaveLength(2);
    expect(await readReceived(vault, kept.value.id, NOW + HOUR)).toEqual({ ok: false, error: 'expired' });
    expect(await blobIds(vault)).toEqual([]);
  });

  it('the same file kept twice stores its photos once', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(fileFor(me, goodPhotos), me);
    expect((await keepReceivedShare(vault, share, 'file', NOW)).ok).toBe(true);
    expect((await keepReceivedShare(vault, share, 'file', NOW + 5)).ok).toBe(true);
    expect(await blobIds(vault)).toHaveLength(2);
  });

  it('only a header that says so makes photos count: without the flag, an attachments field is ignored', () => {
    const me = boxKeyPair();
    const small = [{ id: 'p1', type: 'image/jpeg', bytes: jpegWithExif(10, 10) }];
    expect(mustOpen(fileFor(me, small, false), me).photos).toBeUndefined();
  });

  it('an id like "__proto__" is an ordinary name, kept and found like any other', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(fileFor(me, [{ id: '__proto__', type: 'image/jpeg', bytes: photoA }]), me);
    const kept = await keepReceivedShare(vault, share, 'file', NOW);
    if (!kept.ok) throw new Error(kept.error);
    expect(await vault.getBlob(sharedPhotoBlob(kept.value, '__proto__')!)).toEqual({ ok: true, value: photoA });
  });

  it('leaves out an attachment of a type this version does not know, and keeps the rest', () => {
    const me = boxKeyPair();
    const share = mustOpen(fileFor(me, [{ id: 'v1', type: 'video/mp4', bytes: new Uint8Array(40) }, { id: 'p1', type: 'image/jpeg', bytes: photoA }]), me);
    expect(share.photos?.map((p) => p.id)).toEqual(['p1']);
  });

  const badLists: [string, BodyValue][] = [
    ['not a list', { id: 'p1' }],
    ['an item that is not a map', ['p1']],
    ['an empty id', [{ id: '', type: 'image/jpeg', bytes: photoA }]],
    ['an id over 16 characters', [{ id: 'p'.repeat(17), type: 'image/jpeg', bytes: photoA }]],
    ['the same id twice', [{ id: 'p1', type: 'image/jpeg', bytes: photoA }, { id: 'p1', type: 'image/jpeg', bytes: photoB }]],
    ['bytes that are text', [{ id: 'p1', type: 'image/jpeg', bytes: 'ffd8ff' }]],
    ['a "JPEG" that is a PNG', [{ id: 'p1', type: 'image/jpeg', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }]],
    ['random bytes', [{ id: 'p1', type: 'image/jpeg', bytes: Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff) }]],
    ['no type', [{ id: 'p1', bytes: photoA }]],
    ['more than 400 photos', Array.from({ length: 401 }, (_, i) => ({ id: `p${i}`, type: 'image/jpeg', bytes: jpegWithExif(1, 1) }))],
  ];
  badLists.forEach(([what, attachments]) => {
    it(`refuses a file whose photos are ${what}, and keeps nothing`, async () => {
      const vault = await professionalVault();
      session.setVault(vault);
      const { getOrCreateIdentity } = await import('./identity');
      const identity = await getOrCreateIdentity();
      if (!identity.ok) throw new Error(identity.error);
      const bytes = fileFor(identity.value.box, attachments);
      expect(await receiveShareFile(new Blob([bytes as BlobPart]), NOW)).toEqual({ ok: false, error: 'malformed-body' });
      expect(await blobIds(vault)).toEqual([]);
      const list = await listReceived(vault, NOW);
      expect(list.ok && [list.value.active.length, list.value.log.length]).toEqual([0, 0]);
    });
  });

  it('storage filling up while the photos are written keeps nothing: no share, no log line, no photo', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(fileFor(me, goodPhotos), me);
    const putBlob = vault.putBlob.bind(vault);
    let puts = 0;
    vi.spyOn(vault, 'putBlob').mockImplementation(async (id, bytes) => (++puts === 2 ? { ok: false, error: 'storage-full' } : putBlob(id, bytes)));
    expect(await keepReceivedShare(vault, share, 'file', NOW)).toEqual({ ok: false, error: 'storage-full' });
    expect(await blobIds(vault)).toEqual([]);
    vi.restoreAllMocks();

    // Full when the share itself is written, after both photos went in.
    vi.spyOn(vault, 'putMany').mockResolvedValue({ ok: false, error: 'storage-full' });
    expect(await keepReceivedShare(vault, share, 'file', NOW)).toEqual({ ok: false, error: 'storage-full' });
    vi.restoreAllMocks();
    expect(await blobIds(vault)).toEqual([]);
    const list = await listReceived(vault, NOW);
    expect(list.ok && [list.value.active.length, list.value.log.length]).toEqual([0, 0]);
  });

  it('a file over the largest a share with photos can be is refused unread', async () => {
    const vault = await professionalVault();
    session.setVault(vault);
    const read = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    expect(await receiveShareFile({ size: MAX_SHARE_FILE_BYTES + 1, arrayBuffer: read }, NOW)).toEqual({ ok: false, error: 'file-too-large' });
    expect(read).not.toHaveBeenCalled();
  });
});

describe('the golden open share file with photos (tests/fixtures/share/v1-photos)', () => {
  it('a professional opens it from a file with its words and keeps both photos, byte for byte', async () => {
    const f = readFixture(join(FIXTURES, 'v1-photos'), 'open-share-file.json');
    const vault = await professionalVault();
    session.setVault(vault);
    const now = f.now as number;
    const bytes = fromHex(f.messageHex as string);
    const asked = await receiveShareFile(new Blob([bytes as BlobPart]), now);
    if (!asked.ok || asked.value.kind !== 'passcode-needed') throw new Error(JSON.stringify(asked));
    const kept = await receiveOpenShare(asked.value.parts, 'file', f.passcode as string, now);
    if (!kept.ok || kept.value.kind !== 'kept') throw new Error(JSON.stringify(kept));
    const share = await readReceived(vault, kept.value.id, now);
    if (!share.ok) throw new Error(share.error);
    const expected = (f.expect as { body: { attachments: { id: string; bytes: Uint8Array }[] } }).body.attachments;
    for (const photo of expected) {
      expect(await vault.getBlob(sharedPhotoBlob(share.value, photo.id)!)).toEqual({ ok: true, value: photo.bytes });
    }
    expect(share.value.content.entries[0]?.photos).toEqual(['p1', 'p2']);
  });
});
