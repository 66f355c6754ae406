import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { asSecretKey } from '../crypto/index';
import { enablePin } from './pin';
import type { VaultDb } from './schema';
import { expectOk, makeTestVault, TEST_KDF, TEST_UNLOCK } from './test-support';
import { unlockWithPassphrase } from './unlock';

const CHILD_NAME = 'Zephyrine Quillfeather';
const SECRETS = [
  CHILD_NAME, 'Zephyrine', 'Quillfeather',
  'PEANUTSEVERE', 'SpeechTherapyReferralXYZ', 'ملاحظة خاصة جدا', 'نجمة', 'یادداشت خصوصی',
  'private-note', 'observation', 'allergy', 'parent', 'hunter2 passphrase', '739152',
];

/** Every stored value of every table as text: JSON of the row plus UTF-8 and Latin-1 readings of any bytes. */
async function everythingStored(db: VaultDb): Promise<string> {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof Uint8Array) {
      parts.push(new TextDecoder('utf-8', { fatal: false }).decode(value));
      parts.push(Buffer.from(value).toString('latin1'));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        parts.push(k);
        visit(v);
      }
    } else {
      parts.push(String(value));
    }
  };
  for (const table of db.tables) {
    const rows: unknown[] = await table.toArray();
    parts.push(JSON.stringify(rows));
    rows.forEach(visit);
  }
  return parts.join('\n');
}

describe('nothing readable at rest', () => {
  it('no entry text, no name, no kind, no role and no passphrase appears in any stored value', async () => {
    const { db, vault, recoveryKey } = await makeTestVault('hunter2 passphrase');
    expectOk(await vault.putMany([
      { id: 'child-1', kind: 'child', name: CHILD_NAME, preferredName: 'Zephyrine' },
      { id: 'a1', kind: 'allergy', childId: 'child-1', allergen: 'PEANUTSEVERE' },
      { id: 's1', kind: 'service', text: 'SpeechTherapyReferralXYZ' },
      { id: 'n1', kind: 'private-note', text: { text: 'ملاحظة خاصة جدا', lang: 'ar' } },
      { id: 'o1', kind: 'observation', text: { text: 'یادداشت خصوصی', lang: 'ur' }, tags: ['نجمة'] },
    ]));
    expectOk(await vault.putBlob('photo-1', new TextEncoder().encode(`photo of ${CHILD_NAME}`)));
    expectOk(await enablePin(vault, '739152', { kdfParams: TEST_KDF, allowWeakParamsForTests: true }));
    // A wrong try and a good one, so the counters have been written too.
    await unlockWithPassphrase(db, 'wrong guess', TEST_UNLOCK);
    expectOk(await unlockWithPassphrase(db, 'hunter2 passphrase', TEST_UNLOCK));
    await unlockWithPassphrase(db, 'wrong guess', TEST_UNLOCK);

    const stored = await everythingStored(db);
    expect(stored.length).toBeGreaterThan(1000);
    for (const secret of SECRETS) expect(stored, `found "${secret}" at rest`).not.toContain(secret);
    // Nor the keys themselves.
    const recoveryHex = Buffer.from(recoveryKey).toString('hex');
    expect(stored).not.toContain(recoveryHex);
    expect(stored).not.toContain(Buffer.from(asSecretKey(new Uint8Array(recoveryKey))).toString('base64url'));
  });

  it('the scan does find text when it is there (the check can fail)', async () => {
    const { db } = await makeTestVault();
    await db.records.put({ id: 'plain', kind: 'x', ciphertext: new TextEncoder().encode(CHILD_NAME) });
    await db.meta.put({ key: 'leak', value: { note: 'ملاحظة خاصة جدا' } });
    const stored = await everythingStored(db);
    expect(stored).toContain(CHILD_NAME);
    expect(stored).toContain('ملاحظة خاصة جدا');
  });
});
