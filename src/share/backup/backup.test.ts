import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asSecretKey, deriveKey, randomBytes, seal, type SecretKey } from '../../crypto';
import type { BodyValue } from '../body/body';
import { BackupFileReader, BackupFileWriter, type FileRead } from './file';
import { backupVaultKey, decodeBackupHeader, MIN_CHUNK_BYTES, type BackupHeader } from './format';

const CHEAP_KDF = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const vaultKey = asSecretKey(new Uint8Array(32).fill(7));
const recoveryKey = asSecretKey(new Uint8Array(32).fill(9));
const salt = new Uint8Array(16).fill(3);
let passphraseWrap: Uint8Array;

async function header(chunkBytes = MIN_CHUNK_BYTES): Promise<BackupHeader> {
  passphraseWrap ??= seal(await deriveKey('correct horse battery staple', salt, CHEAP_KDF), vaultKey);
  return {
    version: 1, createdAt: Date.UTC(2026, 11, 4, 9), chunkBytes, backupId: new Uint8Array(16).fill(5), kdf: CHEAP_KDF, salt,
    passphraseWrap, recoveryWrap: seal(recoveryKey, vaultKey),
  };
}

const sampleRecords = (): BodyValue[] => [
  { type: 'manifest', version: 1, entries: 2 },
  { type: 'row', id: 'e1', kind: 'observation', json: '{"text":"Said more"}' },
  { type: 'blob', id: 'b1', bytes: Uint8Array.from({ length: 10_000 }, (_, i) => (i * 31) & 255) },
  { type: 'row', id: 'e2', kind: 'growth', json: '{"weightKg":11.2}' },
];

async function backupBytes(records: BodyValue[], h?: BackupHeader): Promise<{ file: Uint8Array; parts: Uint8Array[] }> {
  const hd = h ?? await header();
  const writer = new BackupFileWriter(vaultKey, hd);
  const parts: Uint8Array[] = [writer.headerBytes];
  for (const r of records) parts.push(...writer.add(r));
  parts.push(...writer.end());
  const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { file.set(p, at); at += p.length; }
  return { file, parts };
}

/** Reads a whole file as a phone would: header first, then the rest in slices of the given sizes. */
function readAll(file: Uint8Array, key: SecretKey = vaultKey, slices: number[] = [65_536]): FileRead {
  const head = decodeBackupHeader(file.subarray(0, 512));
  if (!head.ok) return head;
  const reader = new BackupFileReader(key, head.value.header, file.subarray(0, head.value.length));
  const out: BodyValue[] = [];
  let at = head.value.length;
  let i = 0;
  while (at < file.length) {
    const size = slices[i++ % slices.length]!;
    const got = reader.push(file.subarray(at, at + size));
    if (!got.ok) return got;
    out.push(...got.value);
    at += size;
  }
  const last = reader.end();
  if (!last.ok) return last;
  return { ok: true, value: [...out, ...last.value] };
}

describe('backup file format', () => {
  it('writes and reads back records, a photo-sized blob across chunks included', async () => {
    const { file, parts } = await backupBytes(sampleRecords());
    expect(parts.length).toBeGreaterThan(3);
    expect(readAll(file)).toEqual({ ok: true, value: sampleRecords() });
  });

  it('property: any records, any chunk size, read in slices of any sizes, come back the same', async () => {
    const h = await header();
    const record = fc.oneof(
      fc.record({ type: fc.constant('row'), id: fc.string({ maxLength: 20 }), json: fc.string({ maxLength: 3000 }) }),
      fc.record({ type: fc.constant('blob'), id: fc.string({ maxLength: 20 }), bytes: fc.uint8Array({ maxLength: 20_000 }) }),
    );
    await fc.assert(fc.asyncProperty(
      fc.array(record, { maxLength: 8 }), fc.integer({ min: MIN_CHUNK_BYTES, max: 3 * MIN_CHUNK_BYTES }),
      fc.array(fc.integer({ min: 1, max: 9000 }), { minLength: 1, maxLength: 5 }),
      async (records, chunkBytes, slices) => {
        const { file } = await backupBytes(records, { ...h, chunkBytes });
        expect(readAll(file, vaultKey, slices)).toEqual({ ok: true, value: records });
      },
    ), { numRuns: 60 });
  });

  it('a stream of exactly whole chunks ends with an empty last chunk, and reads back', async () => {
    const h = await header();
    const writer = new BackupFileWriter(vaultKey, h);
    // One record of exactly one chunk once framed: 3 length bytes + 1 dictionary byte + CBOR head.
    const sealed = [...writer.add({ b: new Uint8Array(MIN_CHUNK_BYTES - 10) }), ...writer.end()];
    const sizes = sealed.map((c) => c.length);
    const file = Uint8Array.from([...writer.headerBytes, ...sealed.flatMap((c) => [...c])]);
    const read = readAll(file);
    expect(read.ok).toBe(true);
    expect(sizes.at(-1)).toBeLessThanOrEqual(MIN_CHUNK_BYTES + 16);
  });

  it('opens with the passphrase it was made under or the recovery key, and not with a wrong one', async () => {
    const h = await header();
    expect(await backupVaultKey(h, { passphrase: 'correct horse battery staple' })).toEqual({ ok: true, value: vaultKey });
    expect(await backupVaultKey(h, { recoveryKey })).toEqual({ ok: true, value: vaultKey });
    expect(await backupVaultKey(h, { passphrase: 'correct horse battery stapler' })).toEqual({ ok: false, error: 'wrong-secret' });
    expect(await backupVaultKey(h, { recoveryKey: asSecretKey(new Uint8Array(32).fill(8)) })).toEqual({ ok: false, error: 'wrong-secret' });
  });
});

describe('bad backup files are refused with their own code', () => {
  it('random bytes, a cut header, a newer version, odd header fields', async () => {
    const { file } = await backupBytes(sampleRecords());
    expect(decodeBackupHeader(randomBytes(400))).toMatchObject({ ok: false, error: 'bad-magic' });
    expect(decodeBackupHeader(file.subarray(0, 20))).toEqual({ ok: false, error: 'truncated' });
    expect(decodeBackupHeader(file.subarray(0, 100))).toEqual({ ok: false, error: 'truncated' });
    const newer = file.slice(0, 512); newer[3] = 2;
    expect(decodeBackupHeader(newer)).toEqual({ ok: false, error: 'newer-version' });
    const flagged = file.slice(0, 512); flagged[4] = 1;
    expect(decodeBackupHeader(flagged)).toEqual({ ok: false, error: 'newer-version' });
    const tinyChunks = file.slice(0, 512); new DataView(tinyChunks.buffer).setUint32(9, 16);
    expect(decodeBackupHeader(tinyChunks)).toEqual({ ok: false, error: 'malformed-header' });
    const greedy = file.slice(0, 512); new DataView(greedy.buffer).setUint32(29, 4 * 1024 * 1024);
    expect(decodeBackupHeader(greedy)).toEqual({ ok: false, error: 'malformed-header' });
  });

  it('a changed header, or chunks reordered, dropped, repeated, flipped, cut or followed by more bytes', async () => {
    const { parts } = await backupBytes(sampleRecords());
    const join = (ps: Uint8Array[]) => Uint8Array.from(ps.flatMap((p) => [...p]));
    const [head, ...chunks] = parts;
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const changedHead = head!.slice(); changedHead[6]! ^= 1; // createdAt
    expect(readAll(join([changedHead, ...chunks]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(join([head!, chunks[1]!, chunks[0]!, ...chunks.slice(2)]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(join([head!, chunks[0]!, ...chunks.slice(2)]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(join([head!, chunks[0]!, chunks[0]!, ...chunks.slice(1)]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(join([head!, ...chunks.slice(0, -1)]))).toEqual({ ok: false, error: 'truncated' });
    const whole = join(parts);
    const flipped = whole.slice(); flipped[whole.length - 30]! ^= 0x40;
    expect(readAll(flipped)).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(whole.subarray(0, whole.length - 5))).toEqual({ ok: false, error: 'tampered' });
    // Bytes after the last chunk make it unreadable as the last chunk: refused like any change.
    expect(readAll(join([...parts, chunks.at(-1)!]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(join([...parts, new Uint8Array([0])]))).toEqual({ ok: false, error: 'tampered' });
    expect(readAll(whole, asSecretKey(new Uint8Array(32).fill(1)))).toEqual({ ok: false, error: 'tampered' });
  });
});
